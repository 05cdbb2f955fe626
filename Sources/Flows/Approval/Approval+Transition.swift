import Dialog
import FlowerShop
import Foundation

/// Pre-delivery photo approval as one pure function: florists send the bouquet's photo (or an
/// album), every chat linked to the order gets it with "all good" / "change it", answers and
/// timeouts move the order, and every round is recorded.
public enum Approval {
  public static func transition(
    _ s: ApprovalState?, _ event: ApprovalEvent, _ c: OrderingContext, _ actor: Author
  ) -> ApprovalTransition {
    switch event {
    case .photoReceived(let photo):
      guard actor.role.isStaff else { return ApprovalTransition(s) }
      return received(photo, s, c, actor)
    case .photoCommand(let arguments):
      guard actor.role.isStaff else { return ApprovalTransition(s, [.send(ApprovalText.staffOnly())]) }
      guard !arguments.isEmpty else { return ApprovalTransition(s, [.send(ApprovalText.photoUsage())]) }
      guard let number = Board.orderNumber(arguments) else {
        return ApprovalTransition(s, [.send(ApprovalText.photoUsage())])
      }
      return ApprovalTransition(s, [.loadOrder(.number(number), .awaitPhoto)])
    case .sendPhotoPressed(let id):
      guard actor.role.isStaff else { return ApprovalTransition(s, [.toast(Board.key(.boardStaffOnlyButton))]) }
      return ApprovalTransition(s, [.loadOrder(.id(id), .awaitPhoto)])
    case .albumComplete(let albumID):
      guard case .collectingAlbum(let batch) = s, batch.albumID == albumID else { return ApprovalTransition(s) }
      return submit(batch)
    case .orderPicked(let id):
      guard actor.role.isStaff else { return ApprovalTransition(s, [.toast(Board.key(.boardStaffOnlyButton))]) }
      guard case .choosingOrder(let batch) = s else { return ApprovalTransition(s, [.toast(ApprovalText.stale())]) }
      return ApprovalTransition(nil, [.loadOrder(.id(id), .submit(batch))])
    case .orderLoaded(let target, let order, let purpose):
      return loaded(target, order, purpose, s, c, actor)
    case .assemblingLoaded(let orders, let batch):
      guard !orders.isEmpty else { return ApprovalTransition(nil, [.send(ApprovalText.noOrdersToday())]) }
      return ApprovalTransition(
        .choosingOrder(batch), [.send(ApprovalText.chooseOrder(orders, photos: batch.photos.count))])
    case .roundStored(let view?, _):
      return ApprovalTransition(s.leavingFloristDialog, stored(view, c))
    case .roundStored(nil, let order):
      return ApprovalTransition(s.leavingFloristDialog, [.send(ApprovalText.notAssembling(order))])
    case .textEntered(let text, let photo):
      return entered(text, photo: photo, s)
    case .otherInput:
      return ApprovalTransition(s, s.map { ApprovalText.prompt($0).map { .send($0) } } ?? [])
    case .abandoned:
      return ApprovalTransition(nil, [.send(ApprovalText.abandoned(s, actor))])
    case .approvePressed(let id):
      return ApprovalTransition(s, [.loadRound(id, .approve)])
    case .changePressed(let id):
      return ApprovalTransition(s, [.loadRound(id, .change)])
    case .reminderDue(let id):
      return ApprovalTransition(s, [.loadRound(id, .remind)])
    case .deadlineReached(let id):
      return ApprovalTransition(s, [.loadRound(id, .deadline)])
    case .roundLoaded(let view, let purpose):
      return roundLoaded(view, purpose, s, c, actor)
    case .decided(let view, let decision):
      return decided(view, decision, s, c, actor)
    case .commentRecorded(let view, let text, let photo):
      return ApprovalTransition(
        nil, [.send(ApprovalText.commentPassed(view)), .send(ApprovalText.commentForFlorist(view, text, photo, c))])
    }
  }

  /// A photo: part of an album (collected until the album is complete) or a photo of its own.
  static func received(
    _ p: StaffPhoto, _ s: ApprovalState?, _ c: OrderingContext, _ actor: Author
  ) -> ApprovalTransition {
    let target = captionTarget(p.caption) ?? p.repliedOrder.map(PhotoTarget.id)
    guard let albumID = p.albumID else {
      return submit(
        PhotoBatch(
          photos: [p.photo], target: target ?? s.awaitedTarget, albumID: nil, by: actor.user, actor: actor.name))
    }
    var batch = PhotoBatch(
      photos: [], target: target ?? s.awaitedTarget, albumID: albumID, by: actor.user, actor: actor.name)
    if case .collectingAlbum(let current) = s, current.albumID == albumID {
      batch = current
      batch.target = batch.target ?? target
    }
    batch.photos.append(p.photo)
    let due = ApprovalEffect.setTimer(
      chat: nil, name: ApprovalTimer.album, payload: albumID, at: c.now.addingTimeInterval(ApprovalTimer.albumDebounce))
    return ApprovalTransition(.collectingAlbum(batch), [due])
  }

  /// `/photo 12` (or `/photo@bot 12`) at the start of a caption.
  static func captionTarget(_ caption: String?) -> PhotoTarget? {
    guard let caption = caption?.trimmingCharacters(in: .whitespacesAndNewlines), caption.hasPrefix("/") else {
      return nil
    }
    let head = caption.dropFirst().prefix { !$0.isWhitespace }
    let name = head.split(separator: "@", maxSplits: 1).first.map { $0.lowercased() }
    guard name == "photo", let number = Board.orderNumber(String(caption.dropFirst(head.count + 1))) else {
      return nil
    }
    return .number(number)
  }

  static func submit(_ batch: PhotoBatch) -> ApprovalTransition {
    guard let target = batch.target else { return ApprovalTransition(nil, [.loadAssembling(batch)]) }
    return ApprovalTransition(nil, [.loadOrder(target, .submit(batch))])
  }

  static func loaded(
    _ target: PhotoTarget, _ order: Order?, _ purpose: PhotoOrderPurpose, _ s: ApprovalState?, _ c: OrderingContext,
    _ actor: Author
  ) -> ApprovalTransition {
    guard let order else {
      return ApprovalTransition(s.leavingFloristDialog, [.send(ApprovalText.orderNotFound(target))])
    }
    guard Approval.takesPhotos(order.status) else {
      return ApprovalTransition(s.leavingFloristDialog, [.send(ApprovalText.notAssembling(order))])
    }
    switch purpose {
    case .awaitPhoto:
      return ApprovalTransition(
        .awaitingPhoto(order: order.id, number: order.number, by: actor.user), [.send(ApprovalText.sendPhoto(order))])
    case .submit(let batch):
      return ApprovalTransition(s.leavingFloristDialog, [.storeRound(order.id, batch, actor: batch.actor)])
    }
  }

  /// Statuses in which a florist's photo is taken: before approval (earlier steps are passed
  /// through), and while a photo waits (the new one replaces it).
  public static func takesPhotos(_ status: OrderStatus) -> Bool {
    switch status {
    case .new, .accepted, .assembling, .photoSent: true
    case .approved, .inDelivery, .delivered, .readyForPickup, .pickedUp, .cancelled: false
    }
  }
}

extension Optional where Wrapped == ApprovalState {
  /// The order a florist's dialog waits a photo for.
  var awaitedTarget: PhotoTarget? {
    if case .awaitingPhoto(let order, _, _)? = self { return .id(order) }
    return nil
  }

  /// The state once a florist's photos went their way: a customer's dialog is kept.
  var leavingFloristDialog: ApprovalState? {
    switch self {
    case .awaitingComment?: self
    case .choosingOrder?, .awaitingPhoto?, .collectingAlbum?, nil: nil
    }
  }
}
