/// A message in a chat.
public struct Message: Codable, Sendable, Equatable {
  /// Identifier of the message inside its chat.
  public var messageID: Int64
  /// The sender; absent for messages sent on behalf of channels.
  public var from: User?
  /// The chat the message belongs to.
  public var chat: Chat
  /// When the message was sent, as a Unix time in seconds.
  public var date: Int
  /// The text of a text message.
  public var text: String?
  /// The caption of a media message.
  public var caption: String?
  /// All sizes of a photo message, in the order Telegram sent them.
  public var photo: [PhotoSize]?
  /// The file of a document message.
  public var document: Document?
  /// The shared contact of a contact message.
  public var contact: Contact?
  /// The shared location of a location message.
  public var location: Location?
  /// The message this one replies to, one level deep.
  public var replyToMessage: ReplyMessage?
  /// Identifier shared by all messages of one album.
  public var mediaGroupID: String?
  /// Special spans of `text`, such as bot commands.
  public var entities: [MessageEntity]?
  /// Special spans of `caption`, such as bot commands.
  public var captionEntities: [MessageEntity]?

  enum CodingKeys: String, CodingKey {
    case messageID = "message_id"
    case from, chat, date, text, caption, photo, document, contact, location, entities
    case replyToMessage = "reply_to_message"
    case mediaGroupID = "media_group_id"
    case captionEntities = "caption_entities"
  }

  /// Creates a message value.
  public init(
    messageID: Int64, from: User? = nil, chat: Chat, date: Int, text: String? = nil,
    caption: String? = nil, photo: [PhotoSize]? = nil, document: Document? = nil,
    contact: Contact? = nil, location: Location? = nil, replyToMessage: ReplyMessage? = nil,
    mediaGroupID: String? = nil, entities: [MessageEntity]? = nil,
    captionEntities: [MessageEntity]? = nil
  ) {
    self.messageID = messageID
    self.from = from
    self.chat = chat
    self.date = date
    self.text = text
    self.caption = caption
    self.photo = photo
    self.document = document
    self.contact = contact
    self.location = location
    self.replyToMessage = replyToMessage
    self.mediaGroupID = mediaGroupID
    self.entities = entities
    self.captionEntities = captionEntities
  }
}

extension Message {
  /// The biggest size of a photo message (by pixel count, then by file size), if any.
  public var largestPhoto: PhotoSize? { photo.flatMap(PhotoSize.largest) }
}

extension PhotoSize {
  /// The biggest of `sizes` (by pixel count, then by file size), if any.
  public static func largest(_ sizes: [PhotoSize]) -> PhotoSize? {
    sizes.max { lhs, rhs in
      let lhsPixels = lhs.width * lhs.height
      let rhsPixels = rhs.width * rhs.height
      if lhsPixels != rhsPixels { return lhsPixels < rhsPixels }
      return (lhs.fileSize ?? 0) < (rhs.fileSize ?? 0)
    }
  }
}
