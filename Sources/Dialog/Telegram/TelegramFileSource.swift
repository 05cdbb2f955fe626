import Foundation
import TelegramBotAPI

/// Downloads the files people send through getFile and the Bot API file server.
public struct TelegramFileSource: FileSource {
  let client: TelegramClient

  public init(client: TelegramClient) { self.client = client }

  public func download(fileID: String, maxBytes: Int) async throws(FileSourceError) -> Data {
    do {
      return try await client.downloadFile(fileID: fileID, maxBytes: maxBytes)
    } catch {
      switch error {
      case .fileTooLarge(let bytes): throw .tooLarge(bytes: bytes)
      case .fileUnavailable, .badRequest, .notFound: throw .notFound
      case .unauthorized, .forbidden, .conflict, .tooManyRequests, .server, .timedOut, .cancelled, .network,
        .invalidResponse, .invalidRequest, .unreadableUpload:
        throw .unavailable(error.description)
      }
    }
  }
}
