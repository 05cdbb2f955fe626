import FlowerShop
import Flows
import Foundation
import TelegramBotAPI

/// The ordering-flow mix of `bench engine`: each simulated customer orders a bouquet for
/// delivery over and over, pressing buttons and typing as a person would (19 updates an order).
struct EngineWorkload {
  let tomorrow: LocalDate
  /// The main menu's catalog button, as the customer's client sends it.
  let catalogLabel: String

  /// The updates of `chats` customers, `perChat` each, interleaved round-robin, as JSON.
  func updates(chats: Int, perChat: Int) throws -> [[Data]] {
    let encoder = JSONEncoder()
    var nextID: Int64 = 1
    var perChatUpdates = Array(repeating: [Data](), count: chats)
    var sessions = Array(repeating: Int64(0), count: chats)
    for step in 0..<perChat {
      for chat in 0..<chats {
        let id = nextID
        nextID += 1
        let update = self.update(id: id, chat: Int64(100_000 + chat), step: step % 19, session: &sessions[chat])
        perChatUpdates[chat].append(try encoder.encode(update))
      }
    }
    return perChatUpdates
  }

  func update(id: Int64, chat: Int64, step: Int, session: inout Int64) -> Update {
    let user = User(id: chat, firstName: "Bench", languageCode: "ru")
    let message = Message(messageID: id, from: user, chat: Chat(id: chat), date: 1_800_000_000)
    func text(_ text: String) -> Update {
      var m = message
      m.text = text
      return Update(updateID: id, message: m)
    }
    func press(_ button: OrderingButton) -> Update {
      let data = CallbackPayload.ordering(session: session, button).data
      let query = CallbackQuery(id: "q\(id)", from: user, message: message, chatInstance: "bench", data: data)
      return Update(updateID: id, callbackQuery: query)
    }
    let slot = DeliverySlot(date: tomorrow, start: TimeOfDay(13), end: TimeOfDay(15))
    switch step {
    case 0:
      session = id
      return text(catalogLabel)
    case 1: return press(.category(CategoryID("roses")))
    case 2: return press(.product(ProductID(1)))
    case 3: return press(.quantity(1))
    case 4: return press(.fulfilment(.delivery))
    case 5: return press(.zone(ZoneID("center")))
    case 6: return press(.date(tomorrow))
    case 7: return press(.slot(slot))
    case 8: return text("ul. Abaya 10, apt 5")
    case 9: return text("Aliya")
    case 10: return text("8 707 111 22 33")
    case 11: return text("Happy birthday!")
    case 12: return press(.anonymous(false))
    case 13: return press(.surprise(true))
    case 14:
      var m = message
      m.contact = Contact(phoneNumber: "+77015211545", firstName: "Bench", userID: chat)
      return Update(updateID: id, message: m)
    case 15: return press(.payment(.kaspi))
    case 16: return press(.confirm)
    case 17: return text("/help")
    default: return text("/start")
    }
  }
}
