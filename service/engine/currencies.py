"""Currency symbols and ISO 4217 codes: the same in every language.

Currency *names* differ by language and live in the language packs' lexicons.
"""

SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD", "U.S $": "USD",
    "US-$": "USD", "USD$": "USD", "MXN$": "MXN", "C$": "CAD", "C $": "CAD", "CA$": "CAD", "CAD$": "CAD", "A$": "AUD",
    "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "NZD$": "NZD", "HK$": "HKD", "HK $": "HKD", "S$": "SGD",
    "Mex$": "MXN", "MX$": "MXN", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₹": "INR",
    "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS", "฿": "THB", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "ரூ": "LKR", "₫": "VND", "₴": "UAH", "₦": "NGN", "₱": "PHP", "₿": "XBT",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "CHF": "CHF", "CAD": "CAD", "AUD": "AUD", "NZD": "NZD", "HKD": "HKD", "SGD": "SGD",
    "INR": "INR", "RUB": "RUB", "KRW": "KRW", "TRY": "TRY", "SEK": "SEK", "NOK": "NOK",
    "DKK": "DKK", "PLN": "PLN", "CZK": "CZK", "HUF": "HUF", "BRL": "BRL", "MXN": "MXN",
    "ZAR": "ZAR", "ILS": "ILS", "AED": "AED", "SAR": "SAR", "BTC": "XBT",
}
