import FlowerShop
import Foundation
import TelegramBotAPI

/// `getUpdates` through the client; the request may take `timeout` seconds plus a margin.
public struct TelegramUpdateSource: UpdateSource {
  let client: TelegramClient

  /// Give the client its own transport: a held long-poll must not wait behind sends.
  public init(client: TelegramClient) { self.client = client }

  public func updates(
    offset: Int64?, timeout: Int, limit: Int, allowedUpdates: [String]
  ) async throws(TelegramError)
    -> [Update]
  {
    let call = GetUpdates(offset: offset, limit: limit, timeout: timeout, allowedUpdates: allowedUpdates)
    return try await client.call(LossyGetUpdates(call), timeout: TimeInterval(timeout) + 15).map(\.update)
  }
}

/// "typing…" through `sendChatAction`; failures are ignored (it is only a courtesy).
public struct TelegramChatActivity: ChatActivity {
  let client: TelegramClient

  public init(client: TelegramClient) { self.client = client }

  public func showTyping(chat: ChatID) async {
    _ = try? await client.call(SendChatAction(chatID: chat.rawValue, action: .typing), timeout: 10)
  }
}
