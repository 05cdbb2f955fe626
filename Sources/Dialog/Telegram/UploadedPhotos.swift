import Foundation
import TelegramBotAPI

/// Telegram's file ids of the local photos the bot has uploaded (catalog pictures): a picture is
/// uploaded once, then sent by id, which saves the upload and makes the card appear sooner. An
/// id is used only while the file keeps the size and modification time it was uploaded with.
public final class UploadedPhotos: @unchecked Sendable {
  struct Stamp: Equatable {
    var size: Int
    var modified: Date
  }

  private let lock = NSLock()
  private var entries: [String: (stamp: Stamp, fileID: String)] = [:]

  public init() {}

  static func stamp(_ path: String) -> Stamp? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
    else { return nil }
    return Stamp(size: size, modified: modified)
  }

  /// The id of the file at `path` when it was uploaded as it is now.
  public func fileID(for path: String) -> String? {
    guard let stamp = Self.stamp(path) else { return nil }
    return lock.withLock { entries[path].flatMap { $0.stamp == stamp ? $0.fileID : nil } }
  }

  public func record(path: String, fileID: String) {
    guard let stamp = Self.stamp(path) else { return }
    lock.withLock { entries[path] = (stamp, fileID) }
  }

  public func forget(_ paths: [String]) {
    lock.withLock { for path in paths { entries[path] = nil } }
  }

  /// `file` with a known upload replaced by its id, and the path it replaced.
  func substitute(_ file: InputFile) -> (InputFile, replaced: String?) {
    guard case .upload(let path) = file, let id = fileID(for: path) else { return (file, nil) }
    return (.fileID(id), path)
  }

  /// Remembers the id Telegram gave an uploaded photo (its largest size).
  func learn(_ file: InputFile, fileID: String?) {
    guard case .upload(let path) = file, let fileID else { return }
    record(path: path, fileID: fileID)
  }
}
