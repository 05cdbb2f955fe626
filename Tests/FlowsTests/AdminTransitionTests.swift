import Dialog
import FlowerShop
import Testing

@testable import Flows

/// The admin tools' transitions: every input checks the sender's role; admins get the whole
/// state and effect list asserted.
@Suite struct AdminTransitionTests {
  static let session: Int64 = 77
  func t(_ state: AdminState?, _ event: AdminEvent, _ actor: Author = adminActor) -> AdminTransition {
    Admin.transition(state, event, actor: actor, session: Self.session)
  }
  func say(_ k: L10n, _ arguments: [String: LocaleArgument] = [:]) -> AdminEffect { .send(Reply(key(k, arguments))) }

  static let personInputs: [AdminEvent] = [
    .floristCommand(arguments: "add 5"), .floristCommand(arguments: "add"), .floristCommand(arguments: "remove 5"),
    .floristsCommand, .broadcastCommand(arguments: ""), .broadcastCommand(arguments: "cancel"), .statsCommand,
    .productsCommand, .productCommand(arguments: "add"), .productCommand(arguments: "price 1 100"),
  ]

  @Test(arguments: personInputs, [customerActor, floristActor])
  func nonAdminsAreRefusedPolitelyAndNothingHappens(event: AdminEvent, actor: Author) {
    #expect(t(nil, event, actor) == AdminTransition(nil, [say(.adminOnly)]))
  }

  @Test(arguments: [
    AdminButton.removeFlorist(UserID(2001)), .confirmBroadcast(session: session), .discardBroadcast(session: session),
  ])
  func aForgedAdminButtonChangesNothing(button: AdminButton) {
    let draft = BroadcastDraft(content: BroadcastContent(text: "Акция"), recipients: 3, session: Self.session)
    let state = AdminState.broadcast(.confirming(draft))
    #expect(t(state, .buttonPressed(button), customerActor) == AdminTransition(state, [.toast(key(.adminOnlyButton))]))
  }

  @Test func floristAddByIdGrantsAndSetsTheMenu() {
    #expect(t(nil, .floristCommand(arguments: "add 3001")) == AdminTransition(nil, [.grantFlorist(UserID(3001))]))
    let madina = FloristEntry(user: UserID(3001), name: "Мадина", granted: true)
    let added = t(nil, .floristGranted(madina, isNew: true))
    #expect(
      added
        == AdminTransition(nil, [.send(AdminText.about(madina, .adminFloristAdded)), .setMenu(UserID(3001), .florist)]))
    #expect(
      t(nil, .floristGranted(madina, isNew: false))
        == AdminTransition(nil, [.send(AdminText.about(madina, .adminFloristAlready))]))
  }

  @Test func floristAddWaitsForAContactWithAnAccount() {
    #expect(t(nil, .floristCommand(arguments: "add")) == AdminTransition(.awaitingFlorist, [say(.adminFloristAsk)]))
    #expect(
      t(.awaitingFlorist, .contactShared(user: nil))
        == AdminTransition(.awaitingFlorist, [say(.adminFloristContactWithoutAccount)]))
    #expect(
      t(.awaitingFlorist, .contactShared(user: UserID(3001))) == AdminTransition(nil, [.grantFlorist(UserID(3001))]))
    #expect(t(.awaitingFlorist, .textEntered(" 3002 ")) == AdminTransition(nil, [.grantFlorist(UserID(3002))]))
    #expect(t(.awaitingFlorist, .textEntered("Мадина")) == AdminTransition(.awaitingFlorist, [say(.adminFloristAsk)]))
    #expect(t(.awaitingFlorist, .abandoned) == AdminTransition(nil, [say(.adminCancelled)]))
  }

  @Test func floristRemoveRevokesAndResetsTheMenu() {
    #expect(t(nil, .floristCommand(arguments: "remove 3001")) == AdminTransition(nil, [.revokeFlorist(UserID(3001))]))
    #expect(t(nil, .floristCommand(arguments: "remove")) == AdminTransition(nil, [.loadFlorists]))
    #expect(
      t(nil, .buttonPressed(.removeFlorist(UserID(3001)))) == AdminTransition(nil, [.revokeFlorist(UserID(3001))]))
    let madina = FloristEntry(user: UserID(3001), name: nil, granted: false)
    #expect(
      t(nil, .floristRevoked(madina, wasGranted: true))
        == AdminTransition(
          nil, [.send(AdminText.about(madina, .adminFloristRemoved)), .setMenu(UserID(3001), .customer)]))
    #expect(t(nil, .floristCommand(arguments: "promote 5")) == AdminTransition(nil, [say(.adminFloristUsage)]))
  }

  @Test func productCommandsParse() {
    #expect(
      t(nil, .productCommand(arguments: "hide 12")) == AdminTransition(nil, [.changeProduct(ProductID(12), .hide)]))
    #expect(
      t(nil, .productCommand(arguments: "show 12")) == AdminTransition(nil, [.changeProduct(ProductID(12), .show)]))
    #expect(
      t(nil, .productCommand(arguments: "price 12 15 000"))
        == AdminTransition(nil, [.changeProduct(ProductID(12), .price(Money(tiyn: 1_500_000)))]))
    #expect(t(nil, .productCommand(arguments: "price 12 0")) == AdminTransition(nil, [say(.productUsage)]))
    #expect(t(nil, .productCommand(arguments: "hide x")) == AdminTransition(nil, [say(.productUsage)]))
  }

  @Test func productAddReadsTheCaption() {
    #expect(t(nil, .productCommand(arguments: "add")) == AdminTransition(.awaitingProduct, [say(.productAsk)]))
    let added = t(.awaitingProduct, .photoSent(fileID: "f", caption: "Нежность; 15 000 ₸; Букеты"))
    let new = NewProduct(title: "Нежность", price: Money(tiyn: 1_500_000), category: "Букеты")
    #expect(added == AdminTransition(.awaitingProduct, [.addProduct(new)]))
    #expect(
      t(.awaitingProduct, .photoSent(fileID: "f", caption: "Нежность, 15000"))
        == AdminTransition(.awaitingProduct, [say(.productCaptionInvalid)]))
    #expect(t(.awaitingProduct, .textEntered("Нежность")) == AdminTransition(.awaitingProduct, [say(.productAsk)]))
  }

  @Test func statsAreLoadedThenShown() {
    #expect(t(nil, .statsCommand) == AdminTransition(nil, [.loadStats]))
    let figures = OrderFigures(orders: 0, revenue: Money(tiyn: 0))
    let stats = ShopStats(
      today: figures, week: figures, orderingStarts: 0, confirmedThisWeek: 0, firstPhotosDecided: 0,
      firstPhotosApproved: 0)
    #expect(
      t(nil, .statsLoaded(stats, blockedChats: 1, optedOutChats: 2))
        == AdminTransition(nil, [.send(AdminText.stats(stats, blocked: 1, optedOut: 2))]))
  }

  @Test func subscriptionAnswers() {
    #expect(Subscription.answer(optOut: true, changed: true) == .subscriptionStopped)
    #expect(Subscription.answer(optOut: true, changed: false) == .subscriptionAlreadyStopped)
    #expect(Subscription.answer(optOut: false, changed: true) == .subscriptionStarted)
    #expect(Subscription.answer(optOut: false, changed: false) == .subscriptionAlreadyOn)
  }

  @Test(arguments: [
    AdminButton.removeFlorist(UserID(123_456_789_012)), .confirmBroadcast(session: Int64.max),
    .discardBroadcast(session: 0),
  ])
  func buttonPayloadsRoundTripWithinTelegramsLimit(button: AdminButton) {
    #expect(button.data.utf8.count <= 64)
    #expect(AdminButton(data: button.data) == button)
  }

  @Test(arguments: ["a:", "a:rf:", "a:rf:-1", "a:bc:!", "a:zz:1", "s:c:1", "a:rf:1:2"])
  func malformedButtonPayloadsAreRejected(data: String) {
    #expect(AdminButton(data: data) == nil)
  }
}
