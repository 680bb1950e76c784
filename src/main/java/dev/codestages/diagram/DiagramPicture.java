package dev.codestages.diagram;

/**
 * One drawn pipeline for a page: the heading it goes under (the file it was read from) and its SVG
 * element, already escaped and script-free.
 */
public record DiagramPicture(String heading, String svg) {
}
