import Dialog
import FlowerShop

/// The main menu: a persistent reply keyboard with what a customer can do.
enum MainMenu {
  static let keyboard = Keyboard.reply([
    [ReplyButton(.key(L10n.menuCatalog.rawValue, [:])), ReplyButton(.key(L10n.menuPhotoSearch.rawValue, [:]))],
    [ReplyButton(.key(L10n.menuMyOrders.rawValue, [:])), ReplyButton(.key(L10n.menuHelp.rawValue, [:]))],
  ])

  static func reply(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Reply {
    Reply(.key(key.rawValue, arguments), keyboard: keyboard)
  }

  static func orderConfirmation(_ order: Order) -> Reply {
    reply(
      .orderingCreated,
      [
        "number": .number(order.number.rawValue), "tracking": .string(order.trackingID.rawValue),
        "total": .string(order.pricing.total.formatted),
      ])
  }
}
