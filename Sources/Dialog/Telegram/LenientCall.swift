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

/// The `message_id` of a result that is a message; nil for `true` and anything else.
struct LenientResult: Decodable, Sendable {
  var messageID: Int64?

  enum CodingKeys: String, CodingKey {
    case messageID = "message_id"
  }

  init(from decoder: any Decoder) throws {
    let container = try? decoder.container(keyedBy: CodingKeys.self)
    messageID = try? container?.decodeIfPresent(Int64.self, forKey: .messageID)
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
