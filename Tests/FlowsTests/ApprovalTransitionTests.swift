import Dialog
import FlowerShop
import Foundation
import Testing

@testable import Flows

/// Photo approval, one transition at a time: each event gives the whole next state and the
/// whole effect list.
@Suite struct ApprovalTransitionTests {
  let c = context(at: almaty(2026, 11, 28, 11))
  let photo = OrderPhoto(fileID: "file-1", localPath: "/data/order-photos/file-1.jpg")
  let second = OrderPhoto(fileID: "file-2")

  func t(_ event: ApprovalEvent, _ s: ApprovalState? = nil, _ actor: Author = floristActor) -> ApprovalTransition {
    Approval.transition(s, event, c, actor)
  }

  func batch(_ photos: [OrderPhoto], _ target: PhotoTarget?, album: String? = nil) -> PhotoBatch {
    PhotoBatch(photos: photos, target: target, albumID: album, by: UserID(2001), actor: "florist:2001")
  }

  func view(
    decision: PhotoDecision? = nil, status: OrderStatus = .photoSent, latest: Bool = true, photos: Int = 1
  )
    -> RoundView
  {
    let round = PhotoRound(
      id: PhotoRoundID(7), order: OrderID(1), number: 1, photos: Array([photo, second].prefix(photos)),
      sentBy: "florist:2001", sentChat: ChatID(2001), sentAt: almaty(2026, 11, 28, 11), decision: decision)
    return RoundView(
      round: round, order: sampleOrder(status: status), linkedChats: [ChatID(1001), ChatID(1002)], isLatest: latest)
  }

  @Test func aCaptionNamesTheOrder() {
    let event = ApprovalEvent.photoReceived(StaffPhoto(photo: photo, caption: "/photo 12"))
    #expect(
      t(event)
        == ApprovalTransition(
          nil, [.loadOrder(.number(OrderNumber(12)), .submit(batch([photo], .number(OrderNumber(12)))))]))
    #expect(Approval.captionTarget("/Photo@FlowerBot №3") == .number(OrderNumber(3)))
    #expect(Approval.captionTarget("фото /photo 3") == nil)
  }

  @Test func aReplyOrAWaitingDialogNamesTheOrder() {
    let replied = ApprovalEvent.photoReceived(StaffPhoto(photo: photo, repliedOrder: OrderID(5)))
    #expect(
      t(replied) == ApprovalTransition(nil, [.loadOrder(.id(OrderID(5)), .submit(batch([photo], .id(OrderID(5)))))]))
    let waiting = ApprovalState.awaitingPhoto(order: OrderID(4), number: OrderNumber(4), by: UserID(2001))
    let plain = ApprovalEvent.photoReceived(StaffPhoto(photo: photo))
    #expect(
      t(plain, waiting)
        == ApprovalTransition(nil, [.loadOrder(.id(OrderID(4)), .submit(batch([photo], .id(OrderID(4)))))]))
  }

  @Test func aPhotoAloneOffersTodaysOrdersInAssembly() {
    let plain = ApprovalEvent.photoReceived(StaffPhoto(photo: photo))
    #expect(t(plain) == ApprovalTransition(nil, [.loadAssembling(batch([photo], nil))]))
    let orders = [sampleOrder(status: .assembling)]
    #expect(
      t(.assemblingLoaded(orders, batch([photo], nil)))
        == ApprovalTransition(
          .choosingOrder(batch([photo], nil)), [.send(ApprovalText.chooseOrder(orders, photos: 1))]))
    #expect(
      t(.assemblingLoaded([], batch([photo], nil))) == ApprovalTransition(nil, [.send(ApprovalText.noOrdersToday())]))
    #expect(
      t(.orderPicked(OrderID(1)), .choosingOrder(batch([photo], nil)))
        == ApprovalTransition(nil, [.loadOrder(.id(OrderID(1)), .submit(batch([photo], nil)))]))
    #expect(t(.orderPicked(OrderID(1))) == ApprovalTransition(nil, [.toast(ApprovalText.stale())]))
  }

  @Test func anAlbumIsCollectedUntilItsTimerFires() {
    let due = c.now.addingTimeInterval(ApprovalTimer.albumDebounce)
    let first = t(.photoReceived(StaffPhoto(photo: photo, caption: "/photo 1", albumID: "g")))
    let one = batch([photo], .number(OrderNumber(1)), album: "g")
    #expect(
      first
        == ApprovalTransition(
          .collectingAlbum(one), [.setTimer(chat: nil, name: ApprovalTimer.album, payload: "g", at: due)]))
    let next = t(.photoReceived(StaffPhoto(photo: second, albumID: "g")), first.state)
    let two = batch([photo, second], .number(OrderNumber(1)), album: "g")
    #expect(
      next
        == ApprovalTransition(
          .collectingAlbum(two), [.setTimer(chat: nil, name: ApprovalTimer.album, payload: "g", at: due)]))
    #expect(t(.albumComplete(albumID: "other"), next.state) == ApprovalTransition(next.state))
    #expect(
      t(.albumComplete(albumID: "g"), next.state)
        == ApprovalTransition(nil, [.loadOrder(.number(OrderNumber(1)), .submit(two))]))
  }

  @Test func onlyOrdersBeforeApprovalTakePhotos() {
    let one = batch([photo], .number(OrderNumber(1)))
    let assembling = sampleOrder(status: .assembling)
    #expect(
      t(.orderLoaded(.number(OrderNumber(1)), assembling, .submit(one)))
        == ApprovalTransition(nil, [.storeRound(OrderID(1), one, actor: "florist:2001")]))
    let delivered = sampleOrder(status: .delivered)
    #expect(
      t(.orderLoaded(.number(OrderNumber(1)), delivered, .submit(one)))
        == ApprovalTransition(nil, [.send(ApprovalText.notAssembling(delivered))]))
    #expect(
      t(.orderLoaded(.number(OrderNumber(9)), nil, .submit(one)))
        == ApprovalTransition(nil, [.send(Reply(key(.boardOrderNotFound, ["number": .number(9)])))]))
    #expect(
      t(.orderLoaded(.id(OrderID(1)), assembling, .awaitPhoto))
        == ApprovalTransition(
          .awaitingPhoto(order: OrderID(1), number: OrderNumber(1), by: UserID(2001)),
          [.send(ApprovalText.sendPhoto(assembling))]))
  }

  @Test func storedPhotosGoToEveryLinkedChatWithTimers() {
    let v = view()
    let deadline = almaty(2026, 11, 28, 12)  // 11:00 + 60 min, before 13:00 − 60 min
    let reminder = almaty(2026, 11, 28, 11, 30)
    #expect(Approval.deadline(for: v, c) == deadline)
    #expect(
      t(.roundStored(v, v.order))
        == ApprovalTransition(
          nil,
          [.send(ApprovalText.sentToCustomer(v, deadline: deadline, c))]
            + ApprovalText.photosForCustomer(v, chat: ChatID(1001), deadline: deadline, c).map { .send($0) }
            + ApprovalText.photosForCustomer(v, chat: ChatID(1002), deadline: deadline, c).map { .send($0) }
            + [
              .setTimer(chat: ChatID(2001), name: ApprovalTimer.reminder, payload: "7", at: reminder),
              .setTimer(chat: ChatID(2001), name: ApprovalTimer.deadline, payload: "7", at: deadline),
            ]))
    #expect(
      t(.roundStored(nil, sampleOrder(status: .cancelled)))
        == ApprovalTransition(nil, [.send(ApprovalText.notAssembling(sampleOrder(status: .cancelled)))]))
  }

  @Test func theDeadlineNeverPassesTheCourier() {
    var late = view()
    late.round.sentAt = almaty(2026, 11, 28, 11, 40)
    #expect(Approval.deadline(for: late, c) == almaty(2026, 11, 28, 12))
    late.round.sentAt = almaty(2026, 11, 28, 12, 30)
    #expect(Approval.deadline(for: late, c) == almaty(2026, 11, 28, 12, 30))
  }

  @Test func anAlbumShowsTogetherWithTheQuestionAfterIt() {
    let replies = ApprovalText.photosForCustomer(view(photos: 2), chat: ChatID(1001), deadline: c.now, c)
    #expect(replies.count == 2)
    #expect(replies[0].album == [.fileID("file-1"), .fileID("file-2")])
    #expect(replies[0].keyboard == nil)
    #expect(replies[1].keyboard == ApprovalText.buttons(PhotoRoundID(7)))
  }
}
