package com.outsidein.exchange.refi;

import com.outsidein.domain.ExchangeCase;
import java.util.List;
import java.util.Map;

/**
 * Writes people as {@code Case}s: their attributes as variables and the passages they speak as
 * {@code SelectionRef}s.
 */
final class CaseXml {

  private CaseXml() {}

  static void write(
      XmlOut xml,
      Guids guids,
      List<ExchangeCase> cases,
      Map<Long, List<Long>> selectionsBySpeaker,
      Counts counts) {
    if (cases.isEmpty()) {
      return;
    }
    xml.start("Cases");
    for (ExchangeCase c : cases) {
      xml.start("Case").attr("guid", guids.personCase(c.personId())).attr("name", c.name());
      VariableXml.text(xml, guids, Qda.ROLE, c.role());
      VariableXml.text(xml, guids, Qda.ACCOUNT, c.account());
      VariableXml.text(xml, guids, Qda.SEGMENT, c.segment());
      VariableXml.text(xml, guids, Qda.LANE, c.lane());
      VariableXml.text(xml, guids, Qda.TOUCH_MODEL, c.touchModel());
      for (long observationId : selectionsBySpeaker.getOrDefault(c.personId(), List.of())) {
        xml.ref("SelectionRef", guids.selection(observationId));
      }
      xml.end();
      counts.cases++;
    }
    xml.end();
  }
}
