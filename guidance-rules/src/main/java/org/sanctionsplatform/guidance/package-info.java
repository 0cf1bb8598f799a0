/**
 * The rules of the guidance that more than one service applies, each with one owner here (DESIGN §1): the catalogue
 * of procedural windows and their lifecycle (opening, meeting, extension, correction), the statutory maximum and when
 * a breach is established, and the limits every service accepts on its input. Plain Java 17: no framework, no
 * Kafka, no Avro, no JDBC; intake, assessment and deadline call these same classes, so they cannot disagree.
 */
package org.sanctionsplatform.guidance;
