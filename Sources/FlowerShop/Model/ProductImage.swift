import Foundation

/// Where a product image lives: names from the shop file are relative to the shop's image
/// folder; imported and admin-added images are stored as absolute paths.
public enum ProductImage {
  public static func url(_ name: String, in directory: URL) -> URL {
    name.hasPrefix("/") ? URL(fileURLWithPath: name) : directory.appendingPathComponent(name)
  }
}
