import FlowerShop
import Testing

@Suite struct MoneyFormattingTests {
  @Test(arguments: [
    (Money.tenge(17000), "17\u{A0}000\u{A0}₸"),
    (Money.tenge(500), "500\u{A0}₸"),
    (Money.tenge(1_250_000), "1\u{A0}250\u{A0}000\u{A0}₸"),
    (Money.zero, "0\u{A0}₸"),
    (Money.tenge(-1500), "-1\u{A0}500\u{A0}₸"),
    (Money.tenge(100), "100\u{A0}₸"),
    (Money.tenge(1000), "1\u{A0}000\u{A0}₸"),
    (Money(tiyn: 99_950), "1\u{A0}000\u{A0}₸"),
    (Money(tiyn: 99_949), "999\u{A0}₸"),
    (Money(tiyn: -150), "-2\u{A0}₸"),
  ])
  func formatsWholeTengeGroupedByThousands(money: Money, expected: String) {
    #expect(money.formatted == expected)
  }
}
