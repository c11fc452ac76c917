import Testing

@Test func placeholderExtractionTests() {}
