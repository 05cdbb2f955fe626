import Testing

@testable import Dialog

@Suite struct LocaleBundleTests {
  private func bundle(_ source: String, language: String = "ru") throws -> LocaleBundle {
    try LocaleBundle(language: language, source: source)
  }

  @Test func simpleMessagesCommentsAndBlankLines() throws {
    let messages = try bundle(
      """
      # Comment
      ## Section
      ### File comment

      hello = Здравствуйте!
      greet=Привет, {$name}!
      spaced   =   { $name }   и всё  
      """)
    #expect(messages.keys == ["hello", "greet", "spaced"])
    #expect(messages.format("hello", [:]) == "Здравствуйте!")
    #expect(messages.format("greet", ["name": "Айгерим"]) == "Привет, Айгерим!")
    #expect(messages.format("spaced", ["name": 1_000_000]) == "1000000   и всё")
    #expect(messages.format("absent", [:]) == nil)
  }

  @Test func multiLineValues() throws {
    let messages = try bundle(
      """
      inline = Первая строка
          вторая строка
            с отступом

          после пустой
      block =
          Начало на следующей строке
          и продолжение
      after = ок
      """)
    #expect(
      messages.format("inline", [:]) == "Первая строка\nвторая строка\n  с отступом\n\nпосле пустой"
    )
    #expect(messages.format("block", [:]) == "Начало на следующей строке\nи продолжение")
    #expect(messages.format("after", [:]) == "ок")
  }

  @Test func windowsLineEndings() throws {
    let messages = try bundle("a = один\r\n    два\r\nb = три\r\n")
    #expect(messages.format("a", [:]) == "один\nдва")
    #expect(messages.format("b", [:]) == "три")
  }

  @Test func missingArgumentRendersItsName() throws {
    let messages = try bundle(
      "greet = Привет, { $name }! У вас { $count -> [one] заказ *[many] заказы }")
    #expect(messages.format("greet", [:]) == "Привет, {$name}! У вас заказы")
  }

  @Test func stringAndNumberLiterals() throws {
    let messages = try bundle(
      #"""
      braces = { "{" }x{ "}" } и { "\"кавычки\"" } \ { "\u00A0" }{ 42 }
      """#)
    #expect(messages.format("braces", [:]) == "{x} и \"кавычки\" \\ \u{00A0}42")
  }

  @Test func exactNumberVariantWinsOverCategory() throws {
    let messages = try bundle(
      """
      cart = { $count ->
          [0] Корзина пуста
          [1] Один букет — { $count } шт.
          [one] { $count } букет
          [few] { $count } букета
         *[many] { $count } букетов
      }
      """)
    #expect(messages.format("cart", ["count": 0]) == "Корзина пуста")
    #expect(messages.format("cart", ["count": 1]) == "Один букет — 1 шт.")
    #expect(messages.format("cart", ["count": 21]) == "21 букет")
    #expect(messages.format("cart", ["count": 5]) == "5 букетов")
  }

  /// The continuation line of a variant loses all its indentation: like Fluent, the common
  /// indent is measured over continuation lines only, not the inline first line.
  @Test func stringSelectWithTextAround() throws {
    let messages = try bundle(
      """
      pay = Оплата: { $method -> [kaspi] Kaspi [cash] наличными *[other] картой }.
      multi = Итог { $method ->
          [kaspi] через Kaspi
             ({ $phone })
         *[other] картой
        } — спасибо
      """)
    #expect(messages.format("pay", ["method": "kaspi"]) == "Оплата: Kaspi.")
    #expect(messages.format("pay", ["method": "cash"]) == "Оплата: наличными.")
    #expect(messages.format("pay", ["method": "crypto"]) == "Оплата: картой.")
    #expect(messages.format("pay", [:]) == "Оплата: картой.")
    #expect(messages.format("pay", ["method": 3]) == "Оплата: картой.")
    #expect(
      messages.format("multi", ["method": "kaspi", "phone": "+7 701"])
        == "Итог через Kaspi\n(+7 701) — спасибо")
    #expect(messages.format("multi", ["method": "card"]) == "Итог картой — спасибо")
  }

  @Test func nestedSelect() throws {
    let messages = try bundle(
      """
      status = { $kind ->
          [ready] { $count ->
              [one] Готов { $count } букет
             *[many] Готово { $count } букетов
          }
         *[other] Ждём
      }
      """)
    #expect(messages.format("status", ["kind": "ready", "count": 1]) == "Готов 1 букет")
    #expect(messages.format("status", ["kind": "ready", "count": 7]) == "Готово 7 букетов")
    #expect(messages.format("status", ["kind": "new", "count": 7]) == "Ждём")
  }

  @Test func noBreakSpacesAndEmojiVerbatim() throws {
    let messages = try bundle("price = 💐 { $sum }\u{00A0}₸\u{00A0}\nfamily = 👨‍👩‍👧 ok")
    #expect(
      messages.format("price", ["sum": "17\u{00A0}000"]) == "💐 17\u{00A0}000\u{00A0}₸\u{00A0}")
    #expect(messages.format("family", [:]) == "👨‍👩‍👧 ok")
  }
}
