import Foundation

@testable import TelegramBotAPI

/// Decodes with a plain decoder, as production code will.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
  try JSONDecoder().decode(type, from: Data(json.utf8))
}

/// Encodes with sorted keys so whole documents can be compared as strings.
func encodeSorted<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Encodes then decodes a value with plain coders.
func roundTrip<T: Codable>(_ value: T) throws -> T {
  try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
}

let sampleUserJSON = """
  {"id": 777000111, "is_bot": false, "first_name": "Айгерим", "last_name": "Касымова",
   "username": "aigerim_k", "language_code": "ru"}
  """

let samplePrivateChatJSON = """
  {"id": 777000111, "first_name": "Айгерим", "last_name": "Касымова",
   "username": "aigerim_k", "type": "private"}
  """
