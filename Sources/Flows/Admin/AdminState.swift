import Dialog
import FlowerShop

/// Where an admin's dialog waits. Rights are never remembered here: every input is checked
/// against the sender's role at that moment.
public enum AdminState: Codable, Sendable, Equatable {
  /// `/florist add` without an id: waits for the florist's shared contact or numeric id.
  case awaitingFlorist
  /// `/broadcast`: preparing a notice to customers.
  case broadcast(BroadcastState)
  /// `/product add`: waits for the photo with the caption `Название; цена; категория`.
  case awaitingProduct
}

/// What an admin (or someone trying admin commands) did, and results fed back.
public enum AdminEvent: Sendable, Equatable {
  /// `/florist add [id]` or `/florist remove [id]`.
  case floristCommand(arguments: String)
  /// `/florists`.
  case floristsCommand
  /// `/broadcast` or `/broadcast cancel`.
  case broadcastCommand(arguments: String)
  /// A contact was shared; `user` is its Telegram account, when the contact names one.
  case contactShared(user: UserID?)
  case textEntered(String)
  case photoSent(fileID: String, caption: String?)
  case buttonPressed(AdminButton)
  /// `/stats`.
  case statsCommand
  /// `/products`.
  case productsCommand
  /// `/product add`, `/product hide N`, `/product show N`, `/product price N 15000`.
  case productCommand(arguments: String)
  /// `/cancel` inside an admin dialog.
  case abandoned
  /// Something the waiting step cannot use (a location, a sticker).
  case otherInput
  /// The role was granted (`isNew` false: they already had it).
  case floristGranted(FloristEntry, isNew: Bool)
  /// The grant was removed (`wasGranted` false: there was none).
  case floristRevoked(FloristEntry, wasGranted: Bool)
  case floristsLoaded([FloristEntry])
  /// The broadcast running now, if any (checked before a new one is prepared).
  case runningChecked(BroadcastRecord?)
  /// The draft with its number of recipients, ready for the preview.
  case recipientsCounted(BroadcastDraft)
  case broadcastStarted(BroadcastID, total: Int)
  /// A broadcast started elsewhere in the meantime.
  case broadcastRefused(BroadcastRecord)
  /// `/broadcast cancel` stopped this broadcast; nil when none was running.
  case broadcastCancelled(BroadcastID?, BroadcastProgress)
  case statsLoaded(ShopStats, blockedChats: Int, optedOutChats: Int)
  case productsLoaded(Catalog)
  case productAdded(ProductAddOutcome)
  /// A product changed (nil: no such product).
  case productChanged(ProductID, ProductChange, Product?)
}

/// A product an admin described: the photo's caption `Название; цена; категория`.
public struct NewProduct: Sendable, Equatable {
  public var title: String
  public var price: Money
  /// A category's title or id, as typed.
  public var category: String
  public init(title: String, price: Money, category: String) {
    self.title = title
    self.price = price
    self.category = category
  }
}

public enum ProductAddOutcome: Sendable, Equatable {
  case added(Product)
  /// No category has this title or id; the shop's category titles follow.
  case unknownCategory(String, [String])
  /// The photo could not be fetched or read.
  case photoUnavailable
}

public enum ProductChange: Sendable, Equatable {
  case hide, show
  case price(Money)
}

/// What the admin flow asks the interpreter to do.
public enum AdminEffect: Sendable, Equatable {
  case send(Reply)
  case toast(Text)
  case grantFlorist(UserID)
  case revokeFlorist(UserID)
  case loadFlorists
  /// Sets the person's commands menu for their role now.
  case setMenu(UserID, StaffRole)
  case checkRunning
  case countRecipients(BroadcastContent, session: Int64)
  case startBroadcast(BroadcastDraft)
  /// Shows the live progress of a broadcast just started: in place of the pressed confirm
  /// message when it can be edited (its id is then known), else as a new message.
  case showProgress(BroadcastID, Reply)
  case cancelBroadcast
  case loadStats
  case loadProducts
  case addProduct(NewProduct)
  case changeProduct(ProductID, ProductChange)
}

/// The next state (nil: the admin dialog ends) and the effects, in order.
public struct AdminTransition: Sendable, Equatable {
  public var state: AdminState?
  public var effects: [AdminEffect]
  public init(_ state: AdminState?, _ effects: [AdminEffect]) {
    self.state = state
    self.effects = effects
  }
}

/// A florist as `/florists` lists them.
public struct FloristEntry: Sendable, Equatable {
  public var user: UserID
  /// The first name the bot knows from their chat, if they ever wrote to it.
  public var name: String?
  /// Granted in chat (and so removable there), or listed in the shop file.
  public var granted: Bool
  public init(user: UserID, name: String?, granted: Bool) {
    self.user = user
    self.name = name
    self.granted = granted
  }
}
