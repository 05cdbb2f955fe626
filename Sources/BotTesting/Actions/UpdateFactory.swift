import Dialog
import Foundation
import TelegramBotAPI

/// Turns what a user does into the `Update` Telegram would deliver: sequential update ids from
/// 1, message ids shared with the bot's messages in the chat, dates from the clock, and a
/// private chat whose id is the user's id.
public struct UpdateFactory: Sendable {
  /// Where a request_location button puts the user: central Almaty.
  public static let userLocation = Location(latitude: 43.238949, longitude: 76.889709)
  /// The bot, as the sender of its own messages.
  public static let botUser = User(
    id: 7_000_000_001, isBot: true, firstName: "FlowerBot", username: "flowerbot_demo_bot")

  public let clock: any WallClock
  public let transport: FakeTelegramTransport
  public let files: FakeFileStore
  public private(set) var lastUpdateID: Int64 = 0
  private var lastCallbackQuery = 0
  private var lastAlbum = 0

  public init(clock: any WallClock, transport: FakeTelegramTransport, files: FakeFileStore = FakeFileStore()) {
    self.clock = clock
    self.transport = transport
    self.files = files
  }

  /// The update for `action` by `user` in the user's private chat.
  public mutating func update(_ action: UserAction, from user: TestUser) throws(ConsoleError) -> Update {
    let buttons = ChatButtons(history: transport.history(chat: user.userID))
    switch action {
    case .text(let text): return next(message: message(from: user) { $0.text = text })
    case .command(let text): return next(message: message(from: user) { Self.setCommand(text, on: &$0) })
    case .press(let label): return try press(buttons.press(label: label), by: user)
    case .pressNumber(let number): return try press(buttons.press(number: number), by: user)
    case .contact(let phone, let owner):
      let contact = Self.contact(phone: phone ?? user.phone, owner: owner, user: user)
      return next(message: message(from: user) { $0.contact = contact })
    case .location(let latitude, let longitude):
      return next(message: message(from: user) { $0.location = Location(latitude: latitude, longitude: longitude) })
    case .callback(let data):
      guard let newest = transport.history(chat: user.userID).last else { throw .noInlineKeyboard }
      return press(.callback(message: newest, data: data), by: user)
    case .photo(let path, let caption):
      let sizes = photoSizes(path: path)
      return next(
        message: message(from: user) {
          $0.photo = sizes
          $0.caption = caption
        })
    case .document(let path, let caption):
      let document = self.document(path: path)
      return next(
        message: message(from: user) {
          $0.document = document
          $0.caption = caption
        })
    case .replyPhoto(let path, let caption):
      let history = transport.history(chat: user.userID)
      guard let target = history.last(where: { $0.markup.map(Self.isInline) ?? false }) else { throw .noInlineKeyboard }
      let original = botMessage(target)
      let sizes = photoSizes(path: path)
      return next(
        message: message(from: user) {
          $0.photo = sizes
          $0.caption = caption
          $0.replyToMessage = ReplyMessage(
            messageID: original.messageID, from: original.from, chat: original.chat, date: original.date,
            text: original.text, caption: original.caption)
        })
    case .album(let paths, let caption):
      // One update per photo; `updates(_:from:)` makes them all.
      return try updates(.album(paths: Array(paths.prefix(1)), caption: caption), from: user)[0]
    }
  }

  /// The updates for `action`: one, except for an album, whose photos arrive as separate
  /// messages sharing a `media_group_id` (the caption on the first), as Telegram sends them.
  public mutating func updates(_ action: UserAction, from user: TestUser) throws(ConsoleError) -> [Update] {
    guard case .album(let paths, let caption) = action else { return [try update(action, from: user)] }
    lastAlbum += 1
    let group = "album-\(lastAlbum)"
    return paths.enumerated().map { index, path in
      let sizes = photoSizes(path: path)
      return next(
        message: message(from: user) {
          $0.photo = sizes
          $0.caption = index == 0 ? caption : nil
          $0.mediaGroupID = group
        })
    }
  }

  mutating func press(_ press: ButtonPress, by user: TestUser) -> Update {
    switch press {
    case .callback(let sent, let data):
      lastCallbackQuery += 1
      let query = CallbackQuery(
        id: Self.callbackQueryID(chat: user.userID, sequence: lastCallbackQuery), from: user.telegramUser,
        message: botMessage(sent), chatInstance: "instance-\(sent.chat)", data: data)
      lastUpdateID += 1
      return Update(updateID: lastUpdateID, callbackQuery: query)
    case .text(let label): return next(message: message(from: user) { $0.text = label })
    case .shareContact:
      let contact = Self.contact(phone: user.phone, owner: .sender, user: user)
      return next(message: message(from: user) { $0.contact = contact })
    case .shareLocation: return next(message: message(from: user) { $0.location = Self.userLocation })
    }
  }

  mutating func next(message: Message) -> Update {
    lastUpdateID += 1
    return Update(updateID: lastUpdateID, message: message)
  }

  func message(from user: TestUser, _ fill: (inout Message) -> Void) -> Message {
    var message = Message(
      messageID: transport.nextMessageID(chat: user.userID), from: user.telegramUser,
      chat: Chat(id: user.userID, type: "private", firstName: user.firstName), date: unixTime)
    fill(&message)
    return message
  }

  /// The bot's message a button belongs to, as Telegram includes it in a callback query.
  func botMessage(_ sent: SentMessage) -> Message {
    let chat = Chat(id: sent.chat, type: sent.chat > 0 ? "private" : "group")
    var message = Message(messageID: sent.messageID, from: Self.botUser, chat: chat, date: unixTime)
    switch sent.message {
    case .message(let m): message.text = MessageRenderer.visible(m.text, m.parseMode)
    case .photo(let p):
      message.caption = p.caption.map { MessageRenderer.visible($0, p.parseMode) }
      let id = "sent-\(sent.chat)-\(sent.messageID)"
      message.photo = [PhotoSize(fileID: id, fileUniqueID: id, width: 1280, height: 1280)]
    case .album, .callbackAnswer, .editText, .editMarkup, .commands: break
    }
    return message
  }

  var unixTime: Int { Int(clock.now().timeIntervalSince1970) }

  func photoSizes(path: String) -> [PhotoSize] {
    let id = files.register(path: path)
    let thumbnail = id + FakeFileStore.thumbnailSuffix
    return [
      PhotoSize(fileID: thumbnail, fileUniqueID: "u" + thumbnail, width: 90, height: 90, fileSize: 2_048),
      PhotoSize(fileID: id, fileUniqueID: "u" + id, width: 1280, height: 1280, fileSize: 180_000),
    ]
  }

  /// A document as Telegram describes it: the file's name, a MIME type from its extension, its size.
  func document(path: String) -> Document {
    let id = files.register(path: path)
    let name = URL(fileURLWithPath: path).lastPathComponent
    let size = files.data(forFileID: id)?.count
    return Document(
      fileID: id, fileUniqueID: "u" + id, fileName: name, mimeType: Self.mimeType(of: name), fileSize: size)
  }

  static func mimeType(of name: String) -> String {
    switch URL(fileURLWithPath: name).pathExtension.lowercased() {
    case "jpg", "jpeg": "image/jpeg"
    case "png": "image/png"
    case "webp": "image/webp"
    case "gif": "image/gif"
    case "pdf": "application/pdf"
    default: "application/octet-stream"
    }
  }

  static func isInline(_ markup: ReplyMarkup) -> Bool {
    if case .inline = markup { return true }
    return false
  }

  static func setCommand(_ text: String, on message: inout Message) {
    message.text = text
    let command = text.prefix { !$0.isWhitespace }
    message.entities = [MessageEntity(type: "bot_command", offset: 0, length: command.utf16.count)]
  }

  static func contact(phone: String, owner: ContactOwner, user: TestUser) -> Contact {
    switch owner {
    case .sender: Contact(phoneNumber: phone, firstName: user.firstName, userID: user.userID)
    case .user(let id): Contact(phoneNumber: phone, firstName: "Contact", userID: id)
    case .nobody: Contact(phoneNumber: phone, firstName: "Contact")
    }
  }

  /// Callback query ids carry the presser's id, so a toast can be shown in the right chat.
  public static func callbackQueryID(chat: Int64, sequence: Int) -> String { "cq\(sequence)@\(chat)" }

  /// The chat encoded in a callback query id made by `callbackQueryID(chat:sequence:)`.
  public static func chat(ofCallbackQueryID id: String) -> Int64? {
    id.split(separator: "@").last.flatMap { Int64($0) }
  }
}
