import Foundation

/// Why a shop configuration could not be loaded.
public enum ShopConfigurationError: Error, Sendable, Equatable {
  /// The module's resource bundle (or its `DemoShop` folder) is not next to the executable.
  case demoShopMissing
  /// The file could not be read; the text is the system's reason.
  case unreadable(URL, String)
  /// The file is not a valid configuration; the text names the offending field.
  case invalid(URL, String)
}

/// The demo shop embedded in the binary: used by `flowerbot console` and the tests when no
/// configuration is given.
public enum DemoShop {
  /// The folder holding shop.json and images/ (inside the module's resource bundle).
  ///
  /// Throws `ShopConfigurationError.demoShopMissing` when the resource bundle was not shipped
  /// with the executable.
  public static var directory: URL {
    get throws {
      // `Bundle.module` calls fatalError when the bundle is missing, so look for it ourselves
      // in the places SwiftPM puts it: next to the executable, or next to the test bundle.
      for folder in candidateFolders() {
        for bundleURL in resourceBundles(in: folder) {
          if let url = Bundle(url: bundleURL)?.url(forResource: "DemoShop", withExtension: nil),
            FileManager.default.fileExists(atPath: url.appendingPathComponent("shop.json").path)
          {
            return url
          }
        }
      }
      throw ShopConfigurationError.demoShopMissing
    }
  }

  /// The demo shop's configuration, decoded from its shop.json.
  public static func configuration() throws -> ShopConfiguration {
    try ShopConfigurationLoader.load(from: directory.appendingPathComponent("shop.json"))
  }

  private static func candidateFolders() -> [URL] {
    let bundles = [Bundle.main] + Bundle.allBundles
    let urls = bundles.flatMap {
      [$0.bundleURL, $0.bundleURL.deletingLastPathComponent()] + ($0.resourceURL.map { [$0] } ?? [])
    }
    var seen = Set<String>()
    return urls.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  private static func resourceBundles(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted()
      .filter { $0.hasSuffix("_FlowerShop.resources") || $0.hasSuffix("_FlowerShop.bundle") }
      .map { folder.appendingPathComponent($0, isDirectory: true) }
  }
}

/// Loads a shop configuration file; image names in it are relative to the file's folder.
public enum ShopConfigurationLoader {
  /// Reads and decodes the file, then checks that the catalog is consistent (unique product
  /// ids, known categories, a known time zone).
  public static func load(from url: URL) throws -> ShopConfiguration {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ShopConfigurationError.unreadable(url, error.localizedDescription)
    }
    let configuration: ShopConfiguration
    do {
      configuration = try JSONDecoder().decode(ShopConfiguration.self, from: data)
    } catch let error as DecodingError {
      throw ShopConfigurationError.invalid(url, describe(error))
    } catch {
      throw ShopConfigurationError.invalid(url, String(describing: error))
    }
    if let problem = problem(in: configuration) {
      throw ShopConfigurationError.invalid(url, problem)
    }
    return configuration
  }

  private static func problem(in configuration: ShopConfiguration) -> String? {
    let catalog = configuration.catalog
    let categories = Set(catalog.categories.map(\.id))
    var ids = Set<ProductID>()
    for product in catalog.products {
      guard ids.insert(product.id).inserted else { return "duplicate product id \(product.id)" }
      guard categories.contains(product.category) else {
        return "product \(product.id): unknown category \(product.category)"
      }
    }
    guard TimeZone(identifier: configuration.delivery.timeZone) != nil else {
      return "delivery.timeZone: unknown time zone \(configuration.delivery.timeZone)"
    }
    return translationProblem(in: configuration)
  }

  /// A `translations` object filed under something that is no language code ("KZ", "kazakh").
  private static func translationProblem(in configuration: ShopConfiguration) -> String? {
    let places: [(String, [String])] =
      [
        ("shop", Array(configuration.shop.translations.keys)),
        ("delivery", Array(configuration.delivery.translations.keys)),
      ] + configuration.delivery.zones.map { ("zone \($0.id.rawValue)", Array($0.translations.keys)) }
      + configuration.catalog.categories.map { ("category \($0.id.rawValue)", Array($0.translations.keys)) }
      + configuration.catalog.products.map { ("product \($0.id)", Array($0.translations.keys)) }
    for (place, languages) in places {
      if let wrong = languages.sorted().first(where: { !LanguageCode.isValid($0) }) {
        return "\(place).translations: \(wrong) is not a language code like kk or en"
      }
    }
    return nil
  }

  private static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return keys.isEmpty ? "(root)" : String(keys.drop { $0 == "." })
    }
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return "\(path(context)): \(context.debugDescription)"
    case .keyNotFound(let key, let context):
      let parent = path(context)
      return "\(parent == "(root)" ? "" : parent + ".")\(key.stringValue): missing"
    @unknown default:
      return String(describing: error)
    }
  }
}
