/// The fields `Message` and `ReplyMessage` share, read key by key.
private struct MessageFields {
  var messageID: Int64?
  var from: User?
  var chat: Chat?
  var date: Int?
  var text: String?
  var caption: String?
  var photo: [PhotoSize]?
  var document: Document?
  var contact: Contact?
  var location: Location?
  var replyToMessage: ReplyMessage?
  var mediaGroupID: String?
  var entities: [MessageEntity]?
  var captionEntities: [MessageEntity]?
  var seen = JSONFieldsSeen()

  /// Reads the value of `key`; false when the key is not a shared field.
  mutating func read(_ key: JSONKey, _ r: inout JSONReader) throws(JSONReader.Unsure) -> Bool {
    if key == "message_id" {
      try seen.mark(0)
      messageID = try r.int64()
    } else if key == "from" {
      try seen.mark(1)
      from = r.null() ? nil : try User(reading: &r)
    } else if key == "chat" {
      try seen.mark(2)
      chat = try Chat(reading: &r)
    } else if key == "date" {
      try seen.mark(3)
      date = try r.int()
    } else if key == "text" {
      try seen.mark(4)
      text = try r.optionalString()
    } else if key == "entities" {
      try seen.mark(5)
      entities = try Self.entities(&r)
    } else if key == "caption" {
      try seen.mark(6)
      caption = try r.optionalString()
    } else if key == "caption_entities" {
      try seen.mark(7)
      captionEntities = try Self.entities(&r)
    } else if key == "photo" {
      try seen.mark(8)
      photo = try Self.photo(&r)
    } else if key == "document" {
      try seen.mark(9)
      document = r.null() ? nil : try Document(reading: &r)
    } else if key == "contact" {
      try seen.mark(10)
      contact = r.null() ? nil : try Contact(reading: &r)
    } else if key == "location" {
      try seen.mark(11)
      location = r.null() ? nil : try Location(reading: &r)
    } else if key == "media_group_id" {
      try seen.mark(12)
      mediaGroupID = try r.optionalString()
    } else {
      return false
    }
    return true
  }

  static func entities(_ r: inout JSONReader) throws(JSONReader.Unsure) -> [MessageEntity]? {
    if r.null() { return nil }
    var list: [MessageEntity] = []
    try r.array { (r: inout JSONReader) throws(JSONReader.Unsure) in list.append(try MessageEntity(reading: &r)) }
    return list
  }

  static func photo(_ r: inout JSONReader) throws(JSONReader.Unsure) -> [PhotoSize]? {
    if r.null() { return nil }
    var list: [PhotoSize] = []
    try r.array { (r: inout JSONReader) throws(JSONReader.Unsure) in list.append(try PhotoSize(reading: &r)) }
    return list
  }
}

extension Message {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var f = MessageFields()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if try f.read(key, &r) { return }
      if key == "reply_to_message" {
        try f.seen.mark(13)
        f.replyToMessage = r.null() ? nil : try ReplyMessage(reading: &r)
      } else {
        try r.skipValue()
      }
    }
    guard let messageID = f.messageID, let chat = f.chat, let date = f.date else { throw JSONReader.Unsure() }
    self.init(
      messageID: messageID, from: f.from, chat: chat, date: date, text: f.text, caption: f.caption, photo: f.photo,
      document: f.document, contact: f.contact, location: f.location, replyToMessage: f.replyToMessage,
      mediaGroupID: f.mediaGroupID, entities: f.entities, captionEntities: f.captionEntities)
  }
}

extension ReplyMessage {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var f = MessageFields()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if try !f.read(key, &r) { try r.skipValue() }
    }
    guard let messageID = f.messageID, let chat = f.chat, let date = f.date else { throw JSONReader.Unsure() }
    self.init(
      messageID: messageID, from: f.from, chat: chat, date: date, text: f.text, caption: f.caption, photo: f.photo,
      document: f.document, contact: f.contact, location: f.location, mediaGroupID: f.mediaGroupID,
      entities: f.entities, captionEntities: f.captionEntities)
  }
}
