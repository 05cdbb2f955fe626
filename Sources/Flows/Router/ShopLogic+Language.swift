import Dialog
import FlowerShop

/// `/language`: anyone picks the chat's language with a button. The choice is kept with the
/// chat (`ChatStore`), so every later message, notification and menu follows it.
extension ShopLogic {
  /// Shows the languages on offer, in the chat's current language; the chat stays where it was.
  func languageMenu(_ state: ChatState, _ turn: inout Turn) -> ChatState {
    let row = ChatLanguage.offered(by: turn.localizer).map {
      InlineButton(.key($0.name.rawValue, [:]), data: LanguageButton.choose($0).data)
    }
    turn.send(Reply(.key(L10n.languageChoose.rawValue, [:]), keyboard: .inline([row])))
    return state
  }

  /// A language button (nil: `l:` data that names no language on offer, so a forged or
  /// outdated button). The answer is already in the new language; the main menu, or the
  /// ordering question the customer was at, follows in it, so no keyboard keeps old labels.
  func chooseLanguage(_ button: LanguageButton?, _ state: ChatState, _ turn: inout Turn) throws -> ChatState {
    guard case .choose(let language)? = button, ChatLanguage.offered(by: turn.localizer).contains(language) else {
      turn.toast = .key(L10n.languageUnknown.rawValue, [:])
      return state
    }
    try ChatStore.setLanguage(turn.db, chat: turn.event.chat, language: language.rawValue)
    turn.language = language.rawValue
    if turn.event.isPrivateChat {
      // The chat's own commands menu, so the descriptions follow the chosen language too.
      try CommandMenu.enqueue(for: turn.event.sender.user, role: actor(turn).role, &turn)
    }
    let changed = Text.key(L10n.languageChanged.rawValue, [:])
    switch state {
    case .idle, .tracking:
      turn.send(Reply(changed, keyboard: MainMenu.keyboard))
      return .idle
    case .ordering(let s):
      let c = try context(turn)
      turn.send(Reply(changed, keyboard: Prompts.standardKeyboard))
      turn.send(Prompts.prompt(s, c))
      return state
    case .board, .admin, .approval:
      turn.send(Reply(changed))
      return state
    }
  }
}
