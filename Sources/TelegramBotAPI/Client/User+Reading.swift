extension User {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var id: Int64?
    var isBot: Bool?
    var firstName: String?
    var lastName: String?
    var username: String?
    var languageCode: String?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "id" {
        try seen.mark(0)
        id = try r.int64()
      } else if key == "is_bot" {
        try seen.mark(1)
        isBot = try r.bool()
      } else if key == "first_name" {
        try seen.mark(2)
        firstName = try r.string()
      } else if key == "last_name" {
        try seen.mark(3)
        lastName = try r.optionalString()
      } else if key == "username" {
        try seen.mark(4)
        username = try r.optionalString()
      } else if key == "language_code" {
        try seen.mark(5)
        languageCode = try r.optionalString()
      } else {
        try r.skipValue()
      }
    }
    guard let id, let isBot, let firstName else { throw JSONReader.Unsure() }
    self.init(
      id: id, isBot: isBot, firstName: firstName, lastName: lastName, username: username, languageCode: languageCode)
  }
}

extension Chat {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var id: Int64?
    var type: String?
    var title: String?
    var username: String?
    var firstName: String?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "id" {
        try seen.mark(0)
        id = try r.int64()
      } else if key == "type" {
        try seen.mark(1)
        type = try r.string()
      } else if key == "title" {
        try seen.mark(2)
        title = try r.optionalString()
      } else if key == "username" {
        try seen.mark(3)
        username = try r.optionalString()
      } else if key == "first_name" {
        try seen.mark(4)
        firstName = try r.optionalString()
      } else {
        try r.skipValue()
      }
    }
    guard let id, let type else { throw JSONReader.Unsure() }
    self.init(id: id, type: type, title: title, username: username, firstName: firstName)
  }
}

extension Contact {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var phoneNumber: String?
    var firstName: String?
    var lastName: String?
    var userID: Int64?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "phone_number" {
        try seen.mark(0)
        phoneNumber = try r.string()
      } else if key == "first_name" {
        try seen.mark(1)
        firstName = try r.string()
      } else if key == "last_name" {
        try seen.mark(2)
        lastName = try r.optionalString()
      } else if key == "user_id" {
        try seen.mark(3)
        userID = try r.optionalInt64()
      } else {
        try r.skipValue()
      }
    }
    guard let phoneNumber, let firstName else { throw JSONReader.Unsure() }
    self.init(phoneNumber: phoneNumber, firstName: firstName, lastName: lastName, userID: userID)
  }
}

extension Location {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var latitude: Double?
    var longitude: Double?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "latitude" {
        try seen.mark(0)
        latitude = try r.double()
      } else if key == "longitude" {
        try seen.mark(1)
        longitude = try r.double()
      } else {
        try r.skipValue()
      }
    }
    guard let latitude, let longitude else { throw JSONReader.Unsure() }
    self.init(latitude: latitude, longitude: longitude)
  }
}

extension MessageEntity {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var type: String?
    var offset: Int?
    var length: Int?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "type" {
        try seen.mark(0)
        type = try r.string()
      } else if key == "offset" {
        try seen.mark(1)
        offset = try r.int()
      } else if key == "length" {
        try seen.mark(2)
        length = try r.int()
      } else {
        try r.skipValue()
      }
    }
    guard let type, let offset, let length else { throw JSONReader.Unsure() }
    self.init(type: type, offset: offset, length: length)
  }
}
