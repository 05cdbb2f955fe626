// Keys are written in sorted order: the output equals `JSONEncoder` with `.sortedKeys` (a test
// compares them on random values).

extension SendMessage: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    json.object { json in
      json.field("chat_id", chatID)
      json.field("disable_notification", disableNotification)
      json.field("parse_mode", parseMode?.rawValue)
      if let replyMarkup {
        json.key("reply_markup")
        replyMarkup.write(to: &json)
      }
      json.field("reply_to_message_id", replyToMessageID)
      json.field("text", text)
    }
  }
}

extension EditMessageText: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    json.object { json in
      json.field("chat_id", chatID)
      json.field("message_id", messageID)
      json.field("parse_mode", parseMode?.rawValue)
      if let replyMarkup {
        json.key("reply_markup")
        replyMarkup.write(to: &json)
      }
      json.field("text", text)
    }
  }
}

extension EditMessageReplyMarkup: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    json.object { json in
      json.field("chat_id", chatID)
      json.field("message_id", messageID)
      if let replyMarkup {
        json.key("reply_markup")
        replyMarkup.write(to: &json)
      }
    }
  }
}

extension SendPhoto: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    json.object { json in
      json.field("caption", caption)
      json.field("chat_id", chatID)
      json.field("parse_mode", parseMode?.rawValue)
      json.field("photo", photo.stringForm)
      if let replyMarkup {
        json.key("reply_markup")
        replyMarkup.write(to: &json)
      }
    }
  }
}

extension AnswerCallbackQuery: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    json.object { json in
      json.field("callback_query_id", callbackQueryID)
      json.field("show_alert", showAlert)
      json.field("text", text)
    }
  }
}

extension ReplyMarkup: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    switch self {
    case .inline(let markup): markup.write(to: &json)
    case .reply(let markup): markup.write(to: &json)
    case .remove(let markup): json.object { $0.field("remove_keyboard", markup.removeKeyboard) }
    }
  }
}

extension InlineKeyboardMarkup: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    json.object { json in
      json.key("inline_keyboard")
      json.array(inlineKeyboard) { json, row in
        json.array(row) { json, button in
          json.object { json in
            json.field("callback_data", button.callbackData)
            json.field("text", button.text)
            json.field("url", button.url)
          }
        }
      }
    }
  }
}

extension ReplyKeyboardMarkup: FastJSONWritable {
  public func write(to json: inout FastJSON) {
    json.object { json in
      json.field("input_field_placeholder", inputFieldPlaceholder)
      json.field("is_persistent", isPersistent)
      json.key("keyboard")
      json.array(keyboard) { json, row in
        json.array(row) { json, button in
          json.object { json in
            json.field("request_contact", button.requestContact)
            json.field("request_location", button.requestLocation)
            json.field("text", button.text)
          }
        }
      }
      json.field("one_time_keyboard", oneTimeKeyboard)
      json.field("resize_keyboard", resizeKeyboard)
    }
  }
}
