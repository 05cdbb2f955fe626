import Foundation

@testable import TelegramBotAPI

/// Random updates of every kind the bot reads, with the text that makes JSON hard: quotes,
/// backslashes, control characters, Cyrillic, emoji, extreme integers and doubles.
enum RandomUpdates {
  static let pieces = [
    "a", "Розы", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F339}", "₸", "Қазақша", " ", "17 000", "<b>", "é",
  ]

  static func text(_ random: inout SplitMix) -> String {
    (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  static func maybe<T>(_ random: inout SplitMix, _ make: (inout SplitMix) -> T) -> T? {
    Bool.random(using: &random) ? make(&random) : nil
  }

  static func int64(_ random: inout SplitMix) -> Int64 {
    switch Int.random(in: 0..<4, using: &random) {
    case 0: Int64.min
    case 1: Int64.max
    case 2: Int64.random(in: -1_000_000_000_000...(-1), using: &random)
    default: Int64.random(in: 0...10_000_000_000, using: &random)
    }
  }

  static func user(_ random: inout SplitMix) -> User {
    User(
      id: int64(&random), isBot: Bool.random(using: &random), firstName: text(&random),
      lastName: maybe(&random, text), username: maybe(&random, text), languageCode: maybe(&random) { _ in "ru" })
  }

  static func chat(_ random: inout SplitMix) -> Chat {
    Chat(
      id: int64(&random), type: ["private", "group", "supergroup"].randomElement(using: &random)!,
      title: maybe(&random, text), username: maybe(&random, text), firstName: maybe(&random, text))
  }

  static func entities(_ random: inout SplitMix) -> [MessageEntity] {
    (0..<Int.random(in: 0...2, using: &random)).map { _ in
      MessageEntity(
        type: "bot_command", offset: Int.random(in: 0...100, using: &random),
        length: Int.random(in: 1...9, using: &random))
    }
  }

  static func photo(_ random: inout SplitMix) -> [PhotoSize] {
    (0..<Int.random(in: 0...3, using: &random)).map { _ in
      PhotoSize(
        fileID: text(&random), fileUniqueID: "u", width: Int.random(in: 0...4000, using: &random),
        height: Int.random(in: 0...4000, using: &random),
        fileSize: maybe(&random) { Int.random(in: 0...1 << 40, using: &$0) })
    }
  }

  static func location(_ random: inout SplitMix) -> Location {
    let special = [0, -0.0, 1e-300, 43.238949, 76.889709, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude]
    func one(_ random: inout SplitMix) -> Double {
      Bool.random(using: &random)
        ? special.randomElement(using: &random)! : Double.random(in: -180...180, using: &random)
    }
    return Location(latitude: one(&random), longitude: one(&random))
  }

  static func reply(_ random: inout SplitMix) -> ReplyMessage {
    ReplyMessage(
      messageID: int64(&random), from: maybe(&random, user), chat: chat(&random), date: 1_800_000_000,
      text: maybe(&random, text), caption: maybe(&random, text), photo: maybe(&random, photo),
      mediaGroupID: maybe(&random, text), entities: maybe(&random, entities))
  }

  static func message(_ random: inout SplitMix) -> Message {
    Message(
      messageID: int64(&random), from: maybe(&random, user), chat: chat(&random),
      date: Int.random(in: 0...2_000_000_000, using: &random), text: maybe(&random, text),
      caption: maybe(&random, text), photo: maybe(&random, photo),
      document: maybe(&random) {
        Document(fileID: text(&$0), fileUniqueID: "u", fileName: maybe(&$0, text), mimeType: "image/jpeg", fileSize: 5)
      },
      contact: maybe(&random) {
        Contact(
          phoneNumber: "+77015211545", firstName: text(&$0), lastName: maybe(&$0, text), userID: maybe(&$0, int64))
      },
      location: maybe(&random, location), replyToMessage: maybe(&random, reply), mediaGroupID: maybe(&random, text),
      entities: maybe(&random, entities), captionEntities: maybe(&random, entities))
  }

  static func update(id: Int64, _ random: inout SplitMix) -> Update {
    switch Int.random(in: 0..<4, using: &random) {
    case 0: return Update(updateID: id, message: message(&random))
    case 1: return Update(updateID: id, editedMessage: message(&random))
    case 2:
      let query = CallbackQuery(
        id: text(&random), from: user(&random), message: maybe(&random, message),
        inlineMessageID: maybe(&random, text), chatInstance: text(&random), data: maybe(&random, text))
      return Update(updateID: id, callbackQuery: query)
    default:
      let change = ChatMemberUpdated(
        chat: chat(&random), from: user(&random), date: 1,
        oldChatMember: ChatMember(status: "member", user: user(&random)),
        newChatMember: ChatMember(status: "kicked", user: user(&random)))
      return Update(updateID: id, myChatMember: change)
    }
  }
}
