import Foundation

extension Update {
  /// Decodes one update (a webhook body): exactly what `JSONDecoder` gives, errors included,
  /// at a fraction of its cost for the usual shapes (see `JSONReader`).
  public static func decode(json: Data) throws -> Update {
    if let fast = fast(json: json) { return fast }
    return try JSONDecoder().decode(Update.self, from: json)
  }

  /// The update when `JSONReader` is sure of it, else nil.
  static func fast(json: Data) -> Update? {
    json.withUnsafeBytes { raw in
      var reader = JSONReader(raw.bindMemory(to: UInt8.self))
      guard let update = try? Update(reading: &reader), (try? reader.end()) != nil else { return nil }
      return update
    }
  }

  /// The updates of a `getUpdates` response body (status 200), exactly as `TelegramClient`
  /// reads them: quickly when the body is the usual `{"ok":true,"result":[…]}`, else with
  /// `JSONDecoder`, throwing the client's error for an error response or anything malformed.
  public static func decode(getUpdatesBody json: Data) throws(TelegramError) -> [Update] {
    try TelegramClient.decode([Update].self, from: HTTPResponse(status: 200, body: json), redact: { $0 })
  }

  /// The updates of a successful `getUpdates` response body (`{"ok":true,"result":[…]}`), or
  /// nil when it is anything else (an error, an odd shape): then decode it the general way.
  static func batch(getUpdatesBody json: Data) -> [Update]? {
    json.withUnsafeBytes { raw in
      var reader = JSONReader(raw.bindMemory(to: UInt8.self))
      var ok = false
      var updates: [Update]?
      var seen = JSONFieldsSeen()
      do {
        try reader.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
          if key == "ok" {
            try seen.mark(0)
            ok = try r.bool()
          } else if key == "result" {
            try seen.mark(1)
            var list: [Update] = []
            try r.array { (r: inout JSONReader) throws(JSONReader.Unsure) in list.append(try Update(reading: &r)) }
            updates = list
          } else {
            try r.skipValue()
          }
        }
        try reader.end()
      } catch {
        return nil
      }
      return ok ? updates : nil
    }
  }

  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var updateID: Int64?
    var message: Message?
    var editedMessage: Message?
    var callbackQuery: CallbackQuery?
    var myChatMember: ChatMemberUpdated?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "update_id" {
        try seen.mark(0)
        updateID = try r.int64()
      } else if key == "message" {
        try seen.mark(1)
        message = r.null() ? nil : try Message(reading: &r)
      } else if key == "callback_query" {
        try seen.mark(2)
        callbackQuery = r.null() ? nil : try CallbackQuery(reading: &r)
      } else if key == "edited_message" {
        try seen.mark(3)
        editedMessage = r.null() ? nil : try Message(reading: &r)
      } else if key == "my_chat_member" {
        try seen.mark(4)
        myChatMember = r.null() ? nil : try ChatMemberUpdated(reading: &r)
      } else {
        try r.skipValue()
      }
    }
    guard let updateID else { throw JSONReader.Unsure() }
    self.init(
      updateID: updateID, message: message, editedMessage: editedMessage, callbackQuery: callbackQuery,
      myChatMember: myChatMember)
  }
}

extension CallbackQuery {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var id: String?
    var from: User?
    var message: Message?
    var inlineMessageID: String?
    var chatInstance: String?
    var data: String?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "id" {
        try seen.mark(0)
        id = try r.string()
      } else if key == "from" {
        try seen.mark(1)
        from = try User(reading: &r)
      } else if key == "message" {
        try seen.mark(2)
        message = r.null() ? nil : try Message(reading: &r)
      } else if key == "inline_message_id" {
        try seen.mark(3)
        inlineMessageID = try r.optionalString()
      } else if key == "chat_instance" {
        try seen.mark(4)
        chatInstance = try r.string()
      } else if key == "data" {
        try seen.mark(5)
        data = try r.optionalString()
      } else {
        try r.skipValue()
      }
    }
    guard let id, let from, let chatInstance else { throw JSONReader.Unsure() }
    self.init(
      id: id, from: from, message: message, inlineMessageID: inlineMessageID, chatInstance: chatInstance, data: data)
  }
}

extension ChatMemberUpdated {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var chat: Chat?
    var from: User?
    var date: Int?
    var old: ChatMember?
    var new: ChatMember?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "chat" {
        try seen.mark(0)
        chat = try Chat(reading: &r)
      } else if key == "from" {
        try seen.mark(1)
        from = try User(reading: &r)
      } else if key == "date" {
        try seen.mark(2)
        date = try r.int()
      } else if key == "old_chat_member" {
        try seen.mark(3)
        old = try ChatMember(reading: &r)
      } else if key == "new_chat_member" {
        try seen.mark(4)
        new = try ChatMember(reading: &r)
      } else {
        try r.skipValue()
      }
    }
    guard let chat, let from, let date, let old, let new else { throw JSONReader.Unsure() }
    self.init(chat: chat, from: from, date: date, oldChatMember: old, newChatMember: new)
  }
}

extension ChatMember {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var status: String?
    var user: User?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "status" {
        try seen.mark(0)
        status = try r.string()
      } else if key == "user" {
        try seen.mark(1)
        user = try User(reading: &r)
      } else {
        try r.skipValue()
      }
    }
    guard let status, let user else { throw JSONReader.Unsure() }
    self.init(status: status, user: user)
  }
}
