import FlowerShop
import Foundation
import TelegramBotAPI

/// Turns Telegram updates into engine inputs. Updates the bot does not handle (edited
/// messages, channel posts, unknown kinds, messages without a sender) give nil.
public enum InputNormalizer {
  public static func event(from update: Update) -> IncomingEvent? {
    if let query = update.callbackQuery {
      guard let message = query.message, let data = query.data else { return nil }
      return IncomingEvent(
        updateID: update.updateID, chat: ChatID(message.chat.id), isPrivateChat: message.chat.type == "private",
        sender: sender(query.from), input: .button(data: data), callbackQueryID: query.id,
        pressedMessage: pressed(message))
    }
    guard let message = update.message, let from = message.from, !from.isBot else { return nil }
    var event = IncomingEvent(
      updateID: update.updateID, chat: ChatID(message.chat.id), isPrivateChat: message.chat.type == "private",
      sender: sender(from), input: input(of: message), replyToMessageID: message.replyToMessage?.messageID)
    event.contactUserID = message.contact?.userID.map { UserID($0) }
    event.mediaGroupID = message.mediaGroupID
    return event
  }

  /// A message too old for the bot to access comes with a zero date; it cannot be edited.
  static func pressed(_ message: Message) -> PressedMessage? {
    guard message.date != 0 else { return nil }
    return PressedMessage(messageID: message.messageID, isText: message.text != nil)
  }

  static func sender(_ user: User) -> Sender {
    Sender(user: UserID(user.id), firstName: user.firstName, languageCode: user.languageCode)
  }

  static func input(of message: Message) -> Input {
    if let photo = largestPhoto(of: message) {
      return .photo(fileID: photo.fileID, caption: message.caption)
    }
    if let document = message.document, isImage(document) {
      return .photo(fileID: document.fileID, caption: message.caption)
    }
    if let contact = message.contact {
      return .contact(phone: contact.phoneNumber, isOwn: contact.userID == message.from?.id)
    }
    if let location = message.location {
      return .location(latitude: location.latitude, longitude: location.longitude)
    }
    guard let text = message.text else { return .unsupported }
    return command(in: text) ?? .text(text)
  }

  /// "/start abc" → command("start", "abc"); "/Order@FlowerBot 12" → command("order", "12").
  static func command(in text: String) -> Input? {
    guard text.hasPrefix("/"), text.count > 1 else { return nil }
    let body = text.dropFirst()
    let head = body.prefix { !$0.isWhitespace }
    let name = head.split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
    let arguments = body.dropFirst(head.count).trimmingCharacters(in: .whitespacesAndNewlines)
    return .command(name: name.lowercased(), arguments: arguments)
  }
}
