import Testing

@testable import Flows

/// `/language` buttons: typed payloads that round-trip, stay far under 64 bytes, and refuse
/// anything that names no language on offer.
@Suite struct LanguageButtonTests {
  @Test(arguments: ChatLanguage.allCases)
  func roundTrips(_ language: ChatLanguage) {
    let data = LanguageButton.choose(language).data
    #expect(data == "l:\(language.rawValue)")
    #expect(data.utf8.count <= 64)
    #expect(LanguageButton(data: data) == .choose(language))
    #expect(CallbackPayload(data: data) == nil, "no other payload claims l:")
  }

  @Test(arguments: [
    "l:", "l:de", "l:RU", "l:ru ", "l:ru:1", "l:kk-KZ", "x:ru", "ru", "", "l:" + String(repeating: "r", count: 80),
  ])
  func refusesForgedData(_ data: String) {
    #expect(LanguageButton(data: data) == nil)
  }

  @Test func everyLanguageOnOfferIsLoaded() {
    #expect(ChatLanguage.offered(by: localizer) == [.ru, .kk, .en])
    for language in ChatLanguage.allCases {
      #expect(
        localizer.text(language.name.rawValue, language: "ru") == localizer.text(language.name.rawValue, language: "kk")
      )
    }
  }
}
