import FlowerShop
import Foundation
import Testing

@Suite struct PhoneNumberTests {
  @Test(arguments: [
    "+7 701 521 15 45", "8 701 521 15 45", "87015211545", "7015211545", "+77015211545", "77015211545",
    "8 (701) 521-15-45", "+7.701.521.15.45", "  +7 (701) 521 15 45 ",
  ])
  func acceptsTheWaysPeopleTypeIt(text: String) {
    #expect(PhoneNumber.parse(text).map(\.e164) == .success("+77015211545"))
  }

  @Test(arguments: [
    "700", "701", "702", "705", "706", "707", "708", "747", "760", "761", "762", "763", "764", "771", "775", "776",
    "777", "778", "785",
  ])
  func acceptsEveryKazakhMobileRange(prefix: String) {
    #expect(PhoneNumber.parse("+7\(prefix)1234567").map(\.e164) == .success("+7\(prefix)1234567"))
  }

  @Test(arguments: [
    "703", "704", "709", "740", "746", "748", "765", "770", "772", "774", "779", "780", "784", "786", "727", "717",
    "600", "123",
  ])
  func refusesOtherPlusSevenNumbers(prefix: String) {
    #expect(PhoneNumber.parse("+7\(prefix)1234567") == .failure(.notKazakhMobile))
  }

  @Test(arguments: [
    ("", PhoneNumberError.empty), ("   ", .empty), ("abc", .notANumber), ("+7 701 ABC 15 45", .notANumber),
    ("+", .notANumber), ("701#5211545", .notANumber), ("+7 701 521 15 4", .wrongLength),
    ("8 701 521 15 45 6", .wrongLength), ("521 15 45", .wrongLength), ("+7 916 123 45 67", .russianMobile),
    ("8 916 123 45 67", .russianMobile), ("9161234567", .russianMobile), ("+7 727 250 00 00", .notKazakhMobile),
    ("+1 212 555 1234", .notKazakhMobile), ("+380501234567", .notKazakhMobile), ("+996 555 123 456", .notKazakhMobile),
    ("37015211545", .notKazakhMobile),
  ])
  func refusesWithAReason(text: String, error: PhoneNumberError) {
    #expect(PhoneNumber.parse(text) == .failure(error))
  }

  @Test func formatsInGroups() {
    #expect(Fixtures.phone("87015211545").formatted == "+7 701 521 15 45")
  }

  @Test func e164InitializerValidates() {
    #expect(PhoneNumber(e164: "+77015211545")?.formatted == "+7 701 521 15 45")
    #expect(PhoneNumber(e164: "87015211545") == nil)
    #expect(PhoneNumber(e164: "+7 701 521 15 45") == nil)
    #expect(PhoneNumber(e164: "+79161234567") == nil)
    #expect(PhoneNumber(e164: "") == nil)
  }

  @Test func codableAsTheE164String() throws {
    let phone = Fixtures.phone("8 701 521 15 45")
    let data = try JSONEncoder().encode([phone])
    #expect(String(decoding: data, as: UTF8.self) == #"["+77015211545"]"#)
    #expect(try JSONDecoder().decode([PhoneNumber].self, from: data) == [phone])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([PhoneNumber].self, from: Data(#"["+79161234567"]"#.utf8))
    }
  }
}
