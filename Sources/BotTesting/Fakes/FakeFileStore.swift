import Dialog
import FlowerShop
import Foundation

/// Files users "sent" in tests and the console: Telegram file ids mapped to local files.
public final class FakeFileStore: Sendable {
  struct State {
    var paths: [String: String] = [:]
    var idsByPath: [String: String] = [:]
  }
  private let state = Locked(State())
  /// Relative paths are resolved against this folder (the shop's), then against `fallbackDirectory`.
  public let baseDirectory: URL?
  /// Where a relative path not found under `baseDirectory` is looked for; by default the current
  /// folder (the repository root under `swift test` and `flowerbot replay`), so transcripts can
  /// send test fixtures such as `Tests/VisualSearchTests/Fixtures/negatives/other-01.jpg`.
  public let fallbackDirectory: URL?

  public init(baseDirectory: URL? = nil, fallbackDirectory: URL? = FakeFileStore.currentDirectory) {
    self.baseDirectory = baseDirectory
    self.fallbackDirectory = fallbackDirectory
  }

  public static var currentDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

  /// The file id of a local file, registering it on first use; the same file keeps its id.
  public func register(path: String) -> String {
    let absolute = resolve(path)
    return state.withLock { state in
      if let id = state.idsByPath[absolute] { return id }
      let id = "file-\(state.idsByPath.count + 1)"
      state.idsByPath[absolute] = id
      state.paths[id] = absolute
      return id
    }
  }

  /// The local path behind a file id, if it was registered.
  public func path(forFileID fileID: String) -> String? {
    state.withLock { $0.paths[Self.baseID(of: fileID)] }
  }

  /// The bytes behind a file id; nil for unknown ids and unreadable files.
  public func data(forFileID fileID: String) -> Data? {
    path(forFileID: fileID).flatMap { FileManager.default.contents(atPath: $0) }
  }

  /// The absolute path of `path`: under the shop's folder, else under the fallback folder when
  /// the file exists only there.
  public func resolve(_ path: String) -> String {
    let candidates = [baseDirectory, fallbackDirectory].compactMap { $0 }
      .map { ProductImage.url(path, in: $0).standardizedFileURL.path }
    return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates.first ?? path
  }

  /// Thumbnails get ids like `file-3-thumb`; they point at the same file.
  static func baseID(of fileID: String) -> String {
    fileID.hasSuffix(thumbnailSuffix) ? String(fileID.dropLast(thumbnailSuffix.count)) : fileID
  }

  static let thumbnailSuffix = "-thumb"
}

extension FakeFileStore: FileSource {
  /// Reads the registered local file, as Telegram's getFile would serve it.
  public func download(fileID: String, maxBytes: Int) async throws(FileSourceError) -> Data {
    guard let data = data(forFileID: fileID) else { throw .notFound }
    guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count) }
    return data
  }
}
