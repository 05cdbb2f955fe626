import Foundation
import Testing

@testable import Dialog

@Suite struct LocalizerTests {
  private func localizer() throws -> Localizer {
    let ru = try LocaleBundle(
      language: "ru", source: "hello = Здравствуйте, { $name }!\nonly-ru = Только по-русски")
    let kk = try LocaleBundle(language: "kk", source: "hello = Сәлеметсіз бе, { $name }!")
    let en = try LocaleBundle(language: "en", source: "hello = Hello, { $name }!")
    return Localizer(bundles: [kk, ru, en])
  }

  @Test func languagesAreSorted() throws {
    let localizer = try localizer()
    #expect(localizer.languages == ["en", "kk", "ru"])
    #expect(localizer.bundle("kk")?.language == "kk")
    #expect(localizer.bundle("de") == nil)
  }

  @Test func fallsBackToDefaultLanguageThenKey() throws {
    let localizer = try localizer()
    #expect(
      localizer.text("hello", language: "kk", ["name": "Айгерим"]) == "Сәлеметсіз бе, Айгерим!")
    #expect(localizer.text("only-ru", language: "kk") == "Только по-русски")
    #expect(localizer.text("only-ru", language: "de") == "Только по-русски")
    #expect(localizer.text("no-such-key", language: "en") == "no-such-key")
    #expect(Localizer(bundles: []).text("x", language: "ru") == "x")
  }

  @Test(arguments: [
    ("ru", "ru"), ("ru-RU", "ru"), ("en-US", "en"), ("EN_gb", "en"), ("kk", "kk"), ("kk-KZ", "kk"),
    ("de", "ru"), ("uk", "ru"), ("", "ru"),
  ])
  func languageForCode(code: String, expected: String) throws {
    #expect(try localizer().language(forCode: code) == expected)
  }

  @Test func languageForMissingCodeIsDefault() throws {
    #expect(try localizer().language(forCode: nil) == "ru")
    let english = Localizer(
      bundles: try localizer().languages.compactMap { try localizer().bundle($0) },
      defaultLanguage: "en")
    #expect(english.language(forCode: "de") == "en")
  }

  @Test func loadsFtlFilesFromDirectory() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let russian = """
      hello = Привет
      items = { $n -> [one] { $n } букет [few] { $n } букета *[many] { $n } букетов }
      """
    try russian.write(
      to: directory.appendingPathComponent("ru.ftl"), atomically: true, encoding: .utf8)
    try "hello = Сәлем\n".write(
      to: directory.appendingPathComponent("kk.ftl"), atomically: true, encoding: .utf8)
    try "not = a locale".write(
      to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

    let localizer = try Localizer(directory: directory)
    #expect(localizer.languages == ["kk", "ru"])
    #expect(localizer.text("hello", language: localizer.language(forCode: "kk-KZ")) == "Сәлем")
    #expect(localizer.text("items", language: "kk", ["n": 22]) == "22 букета")
  }

  @Test func directoryParseErrorNamesTheFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "ok = 1\nok = 2\n".write(
      to: directory.appendingPathComponent("en.ftl"), atomically: true, encoding: .utf8)
    #expect(throws: LocaleParseError(line: 2, message: "duplicate key 'ok'", file: "en.ftl")) {
      try Localizer(directory: directory)
    }
  }

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("localizer-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
