package org.concordance.download;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.concordance.web.ApiDescription;
import org.concordance.web.Links;
import org.concordance.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/download")
@Tag(name = "Download", description = "Every table at once: CSV, JSON Lines and a Frictionless Data Package")
@APIResponse(responseCode = "406", ref = ApiDescription.NOT_ACCEPTABLE)
@APIResponse(responseCode = "503", ref = ApiDescription.TIMED_OUT)
public class DownloadResource {

    @Inject
    DownloadService downloads;

    @Inject
    Links links;

    /** The download of one version: its files with their sizes and SHA-256. */
    public record DownloadIndex(String version, String datapackage, List<FileView> files) {
    }

    public record FileView(String name, String mediaType, long bytes, String sha256, String url) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The files of the version served")
    @Operation(operationId = "listDownloads", summary = "The bulk download", description = "Every table of the corpus version served "
            + "(documents, actors, document authors and links, measures with their typed parameters, positions, signatures, "
            + "evidence with selectors) as CSV and as JSON Lines, and datapackage.json describing the CSV files (Frictionless "
            + "Tabular Data Package: column types, primary and foreign keys), each with its size and SHA-256.")
    public DownloadIndex index() {
        DownloadService.Built b = downloads.current();
        return new DownloadIndex(b.version(), links.to("api/download/" + DownloadFiles.PACKAGE), b.files().stream()
                .map(f -> new FileView(f.name(), f.mediaType(), f.bytes(), f.sha256(), links.to("api/download/" + f.name()))).toList());
    }

    @GET
    @Path("{file}")
    @Produces({ "text/csv", "application/jsonl", MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The file, byte for byte (its size and SHA-256 are in the index)", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Operation(operationId = "getDownload", summary = "One file of the bulk download", description = "A table as CSV "
            + "(<table>.csv) or JSON Lines (<table>.jsonl), or datapackage.json.")
    public Response file(@Parameter(description = "A file name that /api/download lists", example = "positions.csv")
            @PathParam("file") String name) {
        DownloadService.Built b = downloads.current();
        DownloadFiles.File f = b.file(name).orElseThrow(() -> ProblemException.unknown("download file", name));
        String type = f.mediaType().equals("application/json") ? "application/json" : f.mediaType() + "; charset=UTF-8";
        return Response.ok(b.dir().resolve(f.name()).toFile(), type).header("Content-Length", f.bytes())
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(f.sha256())))
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"").build();
    }
}
