/// The markup that may accompany a sent message.
///
/// Encodes as the bare markup object; decodes by which key is present
/// (`inline_keyboard`, `keyboard` or `remove_keyboard`).
public enum ReplyMarkup: Codable, Sendable, Equatable {
  /// Buttons attached to the message.
  case inline(InlineKeyboardMarkup)
  /// A custom keyboard shown in place of the user's keyboard.
  case reply(ReplyKeyboardMarkup)
  /// Removes the current custom keyboard.
  case remove(ReplyKeyboardRemove)

  private enum ProbeKey: String, CodingKey {
    case inlineKeyboard = "inline_keyboard"
    case keyboard
    case removeKeyboard = "remove_keyboard"
  }

  /// Decodes the markup kind from the key present in the object.
  public init(from decoder: any Decoder) throws {
    let probe = try decoder.container(keyedBy: ProbeKey.self)
    if probe.contains(.inlineKeyboard) {
      self = .inline(try InlineKeyboardMarkup(from: decoder))
    } else if probe.contains(.keyboard) {
      self = .reply(try ReplyKeyboardMarkup(from: decoder))
    } else if probe.contains(.removeKeyboard) {
      self = .remove(try ReplyKeyboardRemove(from: decoder))
    } else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: "No inline_keyboard, keyboard or remove_keyboard key"))
    }
  }

  /// Encodes the wrapped markup as a bare object.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .inline(let markup): try markup.encode(to: encoder)
    case .reply(let markup): try markup.encode(to: encoder)
    case .remove(let markup): try markup.encode(to: encoder)
    }
  }
}
