import Dialog
import FlowerShop

/// Texts of the admin tools.
enum AdminText {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

  /// «Мадина (ID 3001)», or «ID 3002» for someone who never wrote to the bot.
  static func person(_ florist: FloristEntry) -> Text {
    let id = String(florist.user.rawValue)
    guard let name = florist.name else { return key(.adminPersonId, ["id": .string(id)]) }
    return .format(L10n.adminPerson.rawValue, ["name": .verbatim(name), "id": .verbatim(id)])
  }

  /// A sentence about a florist (`{ $who }`).
  static func about(_ florist: FloristEntry, _ sentence: L10n) -> Reply {
    Reply(.format(sentence.rawValue, ["who": person(florist)]))
  }

  /// The shop's florists: from the shop file, then those granted in chat with a remove button each.
  static func florists(_ florists: [FloristEntry]) -> Reply {
    guard !florists.isEmpty else { return Reply(key(.adminFloristsEmpty)) }
    var lines: [Text] = [key(.adminFloristsTitle, ["count": .number(florists.count)])]
    for florist in florists {
      let line = florist.granted ? L10n.adminFloristsGranted : L10n.adminFloristsConfigured
      lines.append(.format(line.rawValue, ["who": person(florist)]))
    }
    lines += [.verbatim(""), key(.adminFloristsFooter)]
    let buttons = florists.filter(\.granted).prefix(30).map {
      [
        InlineButton(
          .format(L10n.adminFloristRemoveButton.rawValue, ["who": person($0)]),
          data: AdminButton.removeFlorist($0.user).data)
      ]
    }
    return Reply(.lines(lines), keyboard: buttons.isEmpty ? nil : .inline(Array(buttons)))
  }
}
