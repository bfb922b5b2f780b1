package com.outsidein.exchange.refi;

/** Writes the declarations of the variables and their values. */
final class VariableXml {

  private VariableXml() {}

  /** The {@code Variables} element declaring every variable OutsideIn writes. */
  static void declare(XmlOut xml, Guids guids) {
    xml.start("Variables");
    for (String[] variable : Qda.VARIABLES) {
      xml.start("Variable")
          .attr("guid", guids.variable(variable[0]))
          .attr("name", variable[0])
          .attr("typeOfVariable", variable[1])
          .end();
    }
    xml.end();
  }

  /** A text value; nothing when the value is null or blank. */
  static void text(XmlOut xml, Guids guids, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    xml.start("VariableValue").ref("VariableRef", guids.variable(name));
    xml.textElement("TextValue", value).end();
  }

  static void integer(XmlOut xml, Guids guids, String name, Integer value) {
    if (value == null) {
      return;
    }
    xml.start("VariableValue").ref("VariableRef", guids.variable(name));
    xml.textElement("IntegerValue", value.toString()).end();
  }
}
