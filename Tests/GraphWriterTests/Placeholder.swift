import Testing

@Test func placeholderGraphWriterTests() {}
