import Testing

@Test func placeholderRDFWriterTests() {}
