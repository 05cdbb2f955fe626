import Dialog
import FlowerShop
import Testing

@testable import Flows

/// Every staff command and every staff button checks the role of whoever sent it, on each
/// input: a customer changes nothing and reads a polite answer; florists and admins are obeyed.
@Suite struct BoardRightsTests {
  let c = context()
  static let id = OrderID(1)

  static let commands: [(BoardEvent, String)] = [
    (.ordersCommand(arguments: ""), "orders"), (.ordersCommand(arguments: "tomorrow"), "orders"),
    (.ordersCommand(arguments: "05.12"), "orders"), (.ordersCommand(arguments: "nonsense"), "orders"),
    (.orderCommand(arguments: "1"), "order"), (.orderCommand(arguments: "x"), "order"),
  ]

  /// Every staff button, with what staff get when they press it.
  static let buttons: [(StaffButton, [BoardEffect])] = [
    (.card(id), [.loadOrder(.id(id), .card)]),
    (.status(id, from: .new, to: .accepted), [.changeStatus(id, from: .new, to: .accepted, note: nil, actor: "ACTOR")]),
    (
      .status(id, from: .inDelivery, to: .delivered),
      [.changeStatus(id, from: .inDelivery, to: .delivered, note: nil, actor: "ACTOR")]
    ),
    (.status(id, from: .new, to: .cancelled), [.loadOrder(.id(id), .confirmCancel)]),
    (.confirmCancel(id), [.loadOrder(.id(id), .askReason)]),
    (.keepOrder(id), [.toast(key(.boardCancelKept)), .loadOrder(.id(id), .card)]),
    (.paid(id), [.markPaid(id, actor: "ACTOR")]),
    (.day(tomorrow), [.loadDay(tomorrow)]),
  ]

  @Test(arguments: commands)
  func aCustomersStaffCommandIsRefusedPolitely(event: BoardEvent, command: String) {
    let t = Board.transition(nil, event, c, customerActor)
    #expect(t == BoardTransition(nil, [.send(Reply(key(.boardStaffOnly, ["command": .string(command)])))]))
  }

  @Test(arguments: buttons.map(\.0))
  func aCustomersStaffButtonChangesNothing(button: StaffButton) {
    let t = Board.transition(nil, .buttonPressed(button), c, customerActor)
    #expect(t == BoardTransition(nil, [.toast(key(.boardStaffOnlyButton))]))
  }

  @Test(arguments: buttons, [floristActor, adminActor])
  func staffButtonsAreObeyed(button: (StaffButton, [BoardEffect]), actor: Author) {
    let expected = button.1.map { effect -> BoardEffect in
      switch effect {
      case .changeStatus(let id, let from, let to, let note, _):
        .changeStatus(id, from: from, to: to, note: note, actor: actor.name)
      case .markPaid(let id, _): .markPaid(id, actor: actor.name)
      default: effect
      }
    }
    #expect(Board.transition(nil, .buttonPressed(button.0), c, actor) == BoardTransition(nil, expected))
  }

  @Test(arguments: [floristActor, adminActor])
  func staffCommandsAreObeyed(actor: Author) {
    #expect(Board.transition(nil, .ordersCommand(arguments: ""), c, actor) == BoardTransition(nil, [.loadDay(today)]))
    #expect(
      Board.transition(nil, .ordersCommand(arguments: "tomorrow"), c, actor)
        == BoardTransition(nil, [.loadDay(tomorrow)]))
    #expect(
      Board.transition(nil, .orderCommand(arguments: "12"), c, actor)
        == BoardTransition(nil, [.loadOrder(.number(OrderNumber(12)), .card)]))
  }

  @Test func statusChangesRecordWhoMadeThem() {
    #expect(floristActor.name == "florist:2001")
    #expect(adminActor.name == "admin:1000")
  }

  /// A florist removed from the staff list while a cancellation waited for its reason: the
  /// reason no longer cancels anything.
  @Test func aRevokedFloristsReasonCancelsNothing() {
    let waiting = BoardState.awaitingCancelReason(
      CancelRequest(order: Self.id, number: OrderNumber(1), by: UserID(2001)))
    var revoked = floristActor
    revoked.role = .customer
    let t = Board.transition(waiting, .textEntered("Нет нужных цветов"), c, revoked)
    #expect(t == BoardTransition(nil, [.send(MainMenu.reply(.boardStaffOnly, ["command": "orders"]))]))
  }

  @Test func rolesComeFromTheShopsStaffList() {
    let staff = demoShop.staff
    #expect(staff.role(of: UserID(1000)) == .admin)
    #expect(staff.role(of: UserID(2001)) == .florist)
    #expect(staff.role(of: UserID(1001)) == .customer)
    #expect(
      StaffConfiguration(admins: [UserID(5)], florists: [UserID(5)], floristChat: nil).role(of: UserID(5)) == .admin)
    #expect(StaffRole.allCases.filter(\.isStaff) == [.admin, .florist])
  }

  var today: LocalDate { c.policy.today(at: c.now) }
}
