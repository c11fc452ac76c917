import Foundation

/// The GraphML schemas the tests validate against, offline: the plain GraphML 1.1 schema from
/// `../shared/conformance`, and the same schema extended for yFiles graphics.
public enum GraphMLSchemas {
    /// The plain GraphML schema.
    public static var plain: String {
        ProjectPaths.conformance.appendingPathComponent("graphml/graphml.xsd").path
    }

    /// The GraphML schema extended for yFiles graphics the way the schema provides for (and
    /// yWorks' own ygraphml.xsd does): `yfiles.type` on `<key>`, yFiles elements inside `<data>`,
    /// nothing else. It is written to the temporary folder (atomically, so parallel tests may
    /// share it) because `xs:redefine` needs the plain schema's absolute location.
    public static func yFilesExtended() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kgx-graphml-yfiles-\(getpid()).xsd")
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xs:schema targetNamespace="http://graphml.graphdrawing.org/xmlns" xmlns="http://graphml.graphdrawing.org/xmlns"
                       xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified" attributeFormDefault="unqualified">
              <xs:redefine schemaLocation="\(URL(fileURLWithPath: plain).absoluteString)">
                <xs:attributeGroup name="key.extra.attrib">
                  <xs:attributeGroup ref="key.extra.attrib"/>
                  <xs:attribute name="yfiles.type" type="xs:NMTOKEN" use="optional"/>
                </xs:attributeGroup>
                <xs:complexType name="data-extension.type" mixed="true">
                  <xs:complexContent>
                    <xs:extension base="data-extension.type">
                      <xs:sequence>
                        <xs:any namespace="http://www.yworks.com/xml/graphml" processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
                      </xs:sequence>
                    </xs:extension>
                  </xs:complexContent>
                </xs:complexType>
              </xs:redefine>
            </xs:schema>
            """.utf8).write(to: path, options: .atomic)
        return path.path
    }
}
