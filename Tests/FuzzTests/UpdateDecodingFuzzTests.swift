import Dialog
import Foundation
import Testing

@testable import TelegramBotAPI

/// Update JSON as Telegram (or anyone who found the webhook) might send it: mutated real
/// shapes and random bytes never crash the decoder or the normalizer; they decode or throw.
@Suite struct UpdateDecodingFuzzTests {
  static let seeds: [String] = [
    #"{"update_id":1,"message":{"message_id":5,"from":{"id":7,"is_bot":false,"first_name":"Ай","language_code":"ru"},"chat":{"id":7,"type":"private"},"date":1800000000,"text":"/start abc","entities":[{"type":"bot_command","offset":0,"length":6}]}}"#,
    #"{"update_id":2,"callback_query":{"id":"q1","from":{"id":7,"is_bot":false,"first_name":"A"},"message":{"message_id":9,"chat":{"id":7,"type":"private"},"date":1,"text":"x","reply_markup":{"inline_keyboard":[[{"text":"b","callback_data":"o1:c:roses"}]]}},"chat_instance":"i","data":"o1:c:roses"}}"#,
    #"{"update_id":3,"message":{"message_id":6,"from":{"id":7,"is_bot":false,"first_name":"A"},"chat":{"id":7,"type":"private"},"date":1,"contact":{"phone_number":"+77015211545","first_name":"A","user_id":7}}}"#,
    #"{"update_id":4,"message":{"message_id":7,"from":{"id":7,"is_bot":false,"first_name":"A"},"chat":{"id":-100,"type":"supergroup","title":"t"},"date":1,"photo":[{"file_id":"f","file_unique_id":"u","width":90,"height":90,"file_size":100}],"caption":"такой","media_group_id":"g"}}"#,
    #"{"update_id":5,"my_chat_member":{"chat":{"id":7,"type":"private"},"from":{"id":7,"is_bot":false,"first_name":"A"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"b"}},"new_chat_member":{"status":"kicked","user":{"id":1,"is_bot":true,"first_name":"b"},"until_date":0}}}"#,
    #"{"update_id":6,"message":{"message_id":8,"from":{"id":7,"is_bot":false,"first_name":"A"},"chat":{"id":7,"type":"private"},"date":1,"location":{"latitude":43.2,"longitude":76.9}}}"#,
  ]
  static let tokens = [
    #""update_id":"#, #""message":{}"#, #""text":"#, #""callback_query":"#, #""data":"#, "null", "true", "1e308",
    "-9223372036854775809", "18446744073709551616", #""\ud800""#, #""\u0000""#, "[]", "{}", #""""#, "0.5",
  ]

  /// `fuzzIterations` mutations of the seed updates, with the tokens as a dictionary.
  static func mutatedUpdates(seed: UInt64) -> [Data] {
    var fuzzer = Fuzzer(seed: seed)
    let dictionary = tokens.map { Array($0.utf8) }
    return (0..<fuzzIterations).map { i in
      Data(fuzzer.mutate(Array(seeds[i % seeds.count].utf8), dictionary: dictionary))
    }
  }

  @Test func mutatedUpdatesDecodeOrThrowButNeverCrash() {
    let decoder = JSONDecoder()
    var decoded = 0
    for json in Self.mutatedUpdates(seed: 0x5EED_0001) {
      guard let update = try? decoder.decode(Update.self, from: json) else { continue }
      decoded += 1
      _ = InputNormalizer.event(from: update)
      _ = update.kind
      _ = update.chatID
    }
    #expect(decoded > 0, "the mutations never produced a valid update: the fuzzer is too blunt")
  }

  /// The hot-path reader (`Update.decode(json:)`) answers only where `JSONDecoder` gives the
  /// same update; everywhere else it leaves the bytes to `JSONDecoder`.
  @Test func theFastReaderAgreesWithJSONDecoderOnMutatedUpdates() {
    let decoder = JSONDecoder()
    var fast = 0
    for json in Self.mutatedUpdates(seed: 0x5EED_0003) {
      let expected = try? decoder.decode(Update.self, from: json)
      if let update = Update.fast(json: json) {
        fast += 1
        #expect(update == expected, "\(String(decoding: json, as: UTF8.self))")
      }
      #expect((try? Update.decode(json: json)) == expected)
      let body = Data(#"{"ok":true,"result":["#.utf8) + json + Data("]}".utf8)
      if let batch = Update.batch(getUpdatesBody: body) {
        #expect(batch == (try? decoder.decode(APIResponse<[Update]>.self, from: body))?.result)
      }
    }
    #expect(fast > 0, "the reader never answered: it is not being exercised")
  }

  @Test func randomBytesAndBatchesNeverCrashTheDecoder() {
    var fuzzer = Fuzzer(seed: 0x5EED_0002)
    let decoder = JSONDecoder()
    for _ in 0..<fuzzIterations {
      let bytes = Data(fuzzer.bytes(maxLength: 256))
      _ = try? decoder.decode(Update.self, from: bytes)
      _ = try? decoder.decode(APIResponse<[Update]>.self, from: bytes)
      _ = try? Update.decode(json: bytes)
      _ = Update.batch(getUpdatesBody: bytes)
    }
  }

  @Test func deeplyNestedJSONIsRefusedNotAStackOverflow() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let json = #"{"update_id":1,"message":"# + deep + "}"
    #expect(throws: (any Error).self) { try JSONDecoder().decode(Update.self, from: Data(json.utf8)) }
  }
}
