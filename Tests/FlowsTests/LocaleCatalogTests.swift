import Dialog
import Foundation
import Testing

@testable import Flows

/// Every key the code knows is in every locale file, and every locale key is known to the code
/// and used somewhere in Sources/.
@Suite struct LocaleCatalogTests {
  @Test func everyLocaleHasEveryKeyAndNoOthers() throws {
    let known = Set(L10n.allCases.map(\.rawValue))
    #expect(!localizer.languages.isEmpty)
    for language in localizer.languages {
      let keys = try #require(localizer.bundle(language)).keys
      #expect(known.subtracting(keys).sorted() == [], "missing in \(language).ftl")
      #expect(keys.subtracting(known).sorted() == [], "unknown keys in \(language).ftl")
    }
  }

  @Test func everyKeyIsUsedBySomeCode() throws {
    let sources = repositoryRoot.appendingPathComponent("Sources")
    var code = ""
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let file = files?.nextObject() as? URL {
      guard file.pathExtension == "swift", file.lastPathComponent != "L10n.swift" else { continue }
      code += try String(contentsOf: file, encoding: .utf8)
    }
    for key in L10n.allCases {
      let caseName = String(describing: key)
      #expect(code.contains(".\(caseName)") || code.contains("\"\(key.rawValue)\""), "\(key.rawValue) is not used")
    }
  }

  @Test func noRussianInSwiftSources() throws {
    let sources = repositoryRoot.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let file = files?.nextObject() as? URL {
      guard file.pathExtension == "swift" else { continue }
      let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
      for line in code {
        let literals = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
          .filter { $0.offset % 2 == 1 }.map(\.element)
        let cyrillic = literals.contains { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        #expect(!cyrillic, "Russian string literal in \(file.lastPathComponent): \(line)")
      }
    }
  }
}

@Suite struct LocalizerSmokeTests {
  @Test func rendersKnownKeys() {
    #expect(localizer.text("button-back", language: "ru") == "⬅️ Назад")
    #expect(russian(key(.dateLong, ["day": 31, "month": 12, "weekday": 4])) == "31 декабря, чт")
  }
}
