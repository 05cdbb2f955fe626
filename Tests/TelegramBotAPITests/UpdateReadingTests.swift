import Foundation
import Testing

@testable import TelegramBotAPI

extension SplitMix: RandomNumberGenerator {}

/// `Update.decode(json:)` reads the usual shapes without `JSONDecoder` and must give exactly
/// what `JSONDecoder` gives: checked on random updates of every kind and on odd documents.
@Suite struct UpdateReadingTests {
  @Test func randomUpdatesReadExactlyAsJSONDecoderReadsThem() throws {
    var random = SplitMix(seed: 0xF1_0E_E5)
    let plain = JSONEncoder()
    let pretty = JSONEncoder()
    pretty.outputFormatting = [.prettyPrinted, .sortedKeys]
    for i in 0..<3_000 {
      let update = RandomUpdates.update(id: Int64(i), &random)
      let json = try (i.isMultiple(of: 2) ? plain : pretty).encode(update)
      let fast = try #require(Update.fast(json: json), "fell back on \(String(decoding: json, as: UTF8.self))")
      #expect(fast == update)
      #expect(fast == (try JSONDecoder().decode(Update.self, from: json)))
    }
  }

  @Test func getUpdatesBodiesReadAsTheClientReadsThem() throws {
    var random = SplitMix(seed: 42)
    let updates = (0..<100).map { RandomUpdates.update(id: Int64($0), &random) }
    let body = try JSONEncoder().encode(APIResponse(ok: true, result: updates))
    #expect(Update.batch(getUpdatesBody: body) == updates)
    #expect(Update.batch(getUpdatesBody: Data(#"{"ok":true,"result":[]}"#.utf8)) == [])
    // Errors and odd shapes are left to the general path.
    #expect(Update.batch(getUpdatesBody: Data(#"{"ok":false,"error_code":409,"description":"Conflict"}"#.utf8)) == nil)
    #expect(Update.batch(getUpdatesBody: Data(#"{"ok":true}"#.utf8)) == nil)
    #expect(Update.batch(getUpdatesBody: Data(#"{"ok":true,"result":[]} x"#.utf8)) == nil)
    // `decode(getUpdatesBody:)` is the client's own decoding: its results and its errors.
    #expect(try Update.decode(getUpdatesBody: body) == updates)
    let conflict = Data(#"{"ok":false,"error_code":409,"description":"Conflict"}"#.utf8)
    #expect(throws: TelegramError.from(status: 200, errorCode: 409, description: "Conflict", parameters: nil)) {
      try Update.decode(getUpdatesBody: conflict)
    }
    #expect(throws: TelegramError.invalidResponse("not a Bot API response")) {
      try Update.decode(getUpdatesBody: Data("<html>".utf8))
    }
  }

  /// Documents the reader must leave to `JSONDecoder`, or refuse as it does.
  @Test(arguments: [
    #"{"update_id":1,"update_id":2}"#,  // duplicate field
    #"{"update_id":1.0}"#,  // integer written with a fraction
    #"{"update_id":1e2}"#,
    #"{"update_id":01}"#,
    #"{"update_id":-0}"#,
    #"{"update_id":9223372036854775808}"#,
    #"{"update_id":-9223372036854775808}"#,
    #"{"upd\u0061te_id":1}"#,  // escaped key
    #"{"update_id":1} {}"#,  // trailing data
    #"{"update_id":1,}"#,
    #"{"update_id":1,"x":[1,2,]}"#,
    #"{"update_id":1,"x":"\ud800"}"#,  // lone surrogate
    #"{"update_id":1,"x":"\ud83c\udf39"}"#,  // rose, as a surrogate pair
    #"{"update_id":1,"x":"\u0000"}"#,
    #"{"update_id":1,"x":nul}"#,
    #"{"update_id":1,"message":null}"#,
    #"{"update_id":1,"message":{"message_id":1,"chat":{"id":1,"type":"private"},"date":1,"text":null}}"#,
    #"{"update_id":1,"message":{"message_id":1,"chat":{"id":1,"type":"private"},"date":1,"text":"a\"\\\/\b\f\n\r\t\u044f"}}"#,
    #"{"update_id":1,"message":{"message_id":1,"chat":null,"date":1}}"#,
    #"{"update_id":1,"message":{"message_id":1,"chat":{"id":1,"type":"private"},"date":1,"location":{"latitude":43.25667,"longitude":7.69e1}}}"#,
    #"{"update_id":1,"message":{"message_id":1,"chat":{"id":1,"type":"private"},"date":1,"location":{"latitude":1e400,"longitude":0}}}"#,
    "  {\"update_id\" : 1 }\n",
    "",
    "[]",
    "{\"update_id\":1,\"x\":\"\u{7}\"}",
  ])
  func oddDocumentsGetJSONDecodersAnswer(_ json: String) {
    let data = Data(json.utf8)
    let expected = try? JSONDecoder().decode(Update.self, from: data)
    #expect((try? Update.decode(json: data)) == expected)
    if let fast = Update.fast(json: data) { #expect(fast == expected) }
  }

  @Test func invalidUTF8AndDeepNestingAreLeftToJSONDecoder() {
    var bytes = Array(#"{"update_id":1,"x":"ab"}"#.utf8)
    bytes[20] = 0xFF
    #expect(Update.fast(json: Data(bytes)) == nil)
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let json = Data((#"{"update_id":1,"x":"# + deep + "}").utf8)
    #expect(Update.fast(json: json) == nil)
    #expect(throws: (any Error).self) { try Update.decode(json: json) }
  }
}
