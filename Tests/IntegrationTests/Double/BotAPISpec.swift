import Foundation
import TelegramBotAPI

/// The parameters of the Bot API methods the bot may call, as published at
/// core.telegram.org/bots/api (required ones first), and the checks Telegram applies to them.
enum BotAPISpec {
  struct Method {
    var required: Set<String>
    var optional: Set<String>
  }

  static let methods: [String: Method] = [
    "getMe": Method(required: [], optional: []),
    "getUpdates": Method(required: [], optional: ["offset", "limit", "timeout", "allowed_updates"]),
    "deleteWebhook": Method(required: [], optional: ["drop_pending_updates"]),
    "setWebhook": Method(
      required: ["url"],
      optional: [
        "certificate", "ip_address", "max_connections", "allowed_updates", "drop_pending_updates", "secret_token",
      ]),
    "setMyCommands": Method(required: ["commands"], optional: ["scope", "language_code"]),
    "sendMessage": Method(
      required: ["chat_id", "text"],
      optional: [
        "business_connection_id", "message_thread_id", "parse_mode", "entities", "link_preview_options",
        "disable_notification", "protect_content", "allow_paid_broadcast", "message_effect_id", "reply_parameters",
        "reply_markup", "reply_to_message_id",
      ]),
    "sendPhoto": Method(
      required: ["chat_id", "photo"],
      optional: [
        "business_connection_id", "message_thread_id", "caption", "parse_mode", "caption_entities",
        "show_caption_above_media", "has_spoiler", "disable_notification", "protect_content", "reply_parameters",
        "reply_markup",
      ]),
    "sendMediaGroup": Method(
      required: ["chat_id", "media"], optional: ["message_thread_id", "disable_notification", "protect_content"]),
    "editMessageText": Method(
      required: ["text"],
      optional: [
        "business_connection_id", "chat_id", "message_id", "inline_message_id", "parse_mode", "entities",
        "link_preview_options", "reply_markup",
      ]),
    "editMessageCaption": Method(
      required: [],
      optional: [
        "business_connection_id", "chat_id", "message_id", "inline_message_id", "caption", "parse_mode",
        "caption_entities", "show_caption_above_media", "reply_markup",
      ]),
    "editMessageReplyMarkup": Method(
      required: [], optional: ["business_connection_id", "chat_id", "message_id", "inline_message_id", "reply_markup"]),
    "deleteMessage": Method(required: ["chat_id", "message_id"], optional: []),
    "answerCallbackQuery": Method(
      required: ["callback_query_id"], optional: ["text", "show_alert", "url", "cache_time"]),
    "sendChatAction": Method(
      required: ["chat_id", "action"], optional: ["business_connection_id", "message_thread_id"]),
    "getFile": Method(required: ["file_id"], optional: []),
  ]

  static let chatActions: Set<String> = [
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
    "choose_sticker", "find_location", "record_video_note", "upload_video_note",
  ]

  /// Why Telegram would refuse these parameters, or nil.
  static func problem(_ name: String, _ form: RequestForm) -> String? {
    guard let method = methods[name] else { return "unknown method \(name)" }
    let given = Set(form.fields.keys).union(form.files.keys)
    if let missing = method.required.subtracting(given).sorted().first { return "Bad Request: \(missing) is required" }
    if let unknown = given.subtracting(method.required).subtracting(method.optional).sorted().first {
      return "unknown parameter \(unknown) for \(name)"
    }
    if let mode = form.fields["parse_mode"] as? String, !["HTML", "MarkdownV2", "Markdown"].contains(mode) {
      return "Bad Request: unsupported parse_mode \(mode)"
    }
    if name.hasPrefix("editMessage"), form.fields["inline_message_id"] == nil,
      form.fields["chat_id"] == nil || form.fields["message_id"] == nil
    {
      return "Bad Request: chat_id and message_id are required"
    }
    if let action = form.fields["action"] as? String, !chatActions.contains(action) {
      return "Bad Request: wrong parameter action in request"
    }
    if let text = form.fields["text"] as? String, name != "answerCallbackQuery" {
      if let problem = textProblem(text, form.fields["parse_mode"] as? String, limit: 4096, required: true) {
        return problem
      }
    }
    if let text = form.fields["text"] as? String, name == "answerCallbackQuery", text.count > 200 {
      return "Bad Request: callback answer text is too long"
    }
    if let caption = form.fields["caption"] as? String,
      let problem = textProblem(caption, form.fields["parse_mode"] as? String, limit: 1024, required: false)
    {
      return problem
    }
    if let markup = form.fields["reply_markup"] { return markupProblem(markup, editing: name.hasPrefix("editMessage")) }
    return nil
  }

  static func textProblem(_ text: String, _ parseMode: String?, limit: Int, required: Bool) -> String? {
    var visible = text
    if parseMode == "HTML" {
      do {
        visible = try TelegramHTML.plainText(text)
      } catch {
        return "Bad Request: can't parse entities: \(error)"
      }
    }
    if required, visible.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      return "Bad Request: message text is empty"
    }
    if visible.utf16.count > limit {
      return limit == 4096 ? "Bad Request: message is too long" : "Bad Request: message caption is too long"
    }
    return nil
  }

  static func markupProblem(_ markup: Any, editing: Bool) -> String? {
    guard let object = markup as? [String: Any] else {
      return "Bad Request: can't parse reply keyboard markup JSON object"
    }
    if let rows = object["inline_keyboard"] as? [[[String: Any]]] {
      for button in rows.joined() {
        guard let text = button["text"] as? String, !text.isEmpty else { return "Bad Request: button text is empty" }
        let actions = ["callback_data", "url"].filter { button[$0] != nil }
        guard actions.count == 1 else { return "Bad Request: a button needs exactly one action" }
        if let data = button["callback_data"] as? String, !(1...64).contains(data.utf8.count) {
          return "Bad Request: BUTTON_DATA_INVALID"
        }
      }
      return nil
    }
    if editing { return "Bad Request: only an inline keyboard can be attached to an edited message" }
    if let rows = object["keyboard"] as? [[[String: Any]]] {
      for button in rows.joined() {
        guard let text = button["text"] as? String, !text.isEmpty else {
          return "Bad Request: keyboard button text is empty"
        }
        if button["request_contact"] as? Bool == true, button["request_location"] as? Bool == true {
          return "Bad Request: a button can request a contact or a location, not both"
        }
      }
      if let placeholder = object["input_field_placeholder"] as? String, placeholder.count > 64 {
        return "Bad Request: input field placeholder is too long"
      }
      return nil
    }
    if object["remove_keyboard"] as? Bool == true { return nil }
    return "Bad Request: unsupported reply markup"
  }
}
