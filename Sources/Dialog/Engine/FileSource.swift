import Foundation

/// Why a file a person sent could not be fetched.
public enum FileSourceError: Error, Equatable, Sendable {
  /// Larger than the limit (Telegram's getFile serves at most 20 MB).
  case tooLarge(bytes: Int)
  /// Unknown or expired file id.
  case notFound
  /// Network trouble; the message is safe to log (it never contains the token).
  case unavailable(String)
}

/// Fetches the bytes of a file a person sent (a photo, a document), by its Telegram file id.
/// Production downloads through getFile; tests and the console read local files.
public protocol FileSource: Sendable {
  func download(fileID: String, maxBytes: Int) async throws(FileSourceError) -> Data
}
