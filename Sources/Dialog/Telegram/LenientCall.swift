import TelegramBotAPI

/// A call whose result is read only as far as the outbox needs it: the message id, if any.
/// Once Telegram says `ok`, the message went out, so a result this library cannot fully decode
/// must not turn into a retry (and a duplicate).
struct LenientCall<Method: TelegramMethod>: TelegramMethod {
  typealias Response = LenientResult
  static var name: String { Method.name }
  var method: Method

  init(_ method: Method) { self.method = method }
  init(from decoder: any Decoder) throws { method = try Method(from: decoder) }
  func encode(to encoder: any Encoder) throws { try method.encode(to: encoder) }
  var inputFiles: [InputFile] { method.inputFiles }
}

/// The `message_id` of a result that is a message (nil for `true` and anything else), and the
/// file id of its photo, or of each photo of an album (a list of messages).
struct LenientResult: Decodable, Sendable {
  var messageID: Int64?
  /// The file id of the largest size of a photo message.
  var photoFileID: String?
  /// For a list of messages: each one's photo file id, in order.
  var albumFileIDs: [String?] = []

  enum CodingKeys: String, CodingKey {
    case messageID = "message_id"
    case photo
  }

  init(from decoder: any Decoder) throws {
    if let container = try? decoder.container(keyedBy: CodingKeys.self) {
      messageID = try? container.decodeIfPresent(Int64.self, forKey: .messageID)
      let sizes = (try? container.decodeIfPresent([PhotoSize].self, forKey: .photo)) ?? nil
      photoFileID = sizes.flatMap(PhotoSize.largest)?.fileID
    } else if var list = try? decoder.unkeyedContainer() {
      while !list.isAtEnd, let item = try? list.decode(LenientResult.self) { albumFileIDs.append(item.photoFileID) }
    }
  }
}

/// `getUpdates` whose batch survives an update this library cannot decode: that update keeps
/// only its id, so it is skipped (as an unknown kind) instead of blocking the offset forever.
struct LossyGetUpdates: TelegramMethod {
  typealias Response = [LossyUpdate]
  static var name: String { GetUpdates.name }
  var call: GetUpdates

  init(_ call: GetUpdates) { self.call = call }
  init(from decoder: any Decoder) throws { call = try GetUpdates(from: decoder) }
  func encode(to encoder: any Encoder) throws { try call.encode(to: encoder) }
}

struct LossyUpdate: Decodable, Sendable {
  var update: Update

  enum CodingKeys: String, CodingKey {
    case updateID = "update_id"
  }

  init(from decoder: any Decoder) throws {
    do {
      update = try Update(from: decoder)
    } catch {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      update = Update(updateID: try container.decode(Int64.self, forKey: .updateID))
    }
  }
}
