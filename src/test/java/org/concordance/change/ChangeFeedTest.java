package org.concordance.change;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import org.concordance.bench.CorpusGenerator;
import org.concordance.corpus.CorpusItems;
import org.concordance.corpus.CorpusReader;
import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xml.sax.InputSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Two imports of a generated corpus, the second with a stance changed, a document added and a
 * signature removed: the change list, {@code changed-since}, the Atom feeds (parsed by a feed
 * library) and the "What changed" pages say exactly that, and the difference the import recorded
 * is the one the pure diff finds between whole reads of the two versions.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeFeedTest {

    static final int DOCUMENTS = 12;

    @Inject
    CorpusService service;

    Path dir;
    Path spare;
    String before;
    String after;
    String changedPosition;
    String oldStance;
    String newStance;
    String removedSignature;
    String added = String.format("doc-%06d", DOCUMENTS);
    List<Change> expected;

    @BeforeAll
    void twoVersions() throws IOException {
        dir = Files.createTempDirectory("concordance-changes-").resolve("proposals");
        new CorpusGenerator(dir, DOCUMENTS, 5).write();
        spare = Files.createTempDirectory("concordance-changes-spare-").resolve("proposals");
        new CorpusGenerator(spare, DOCUMENTS + 1, 5).write();
        CorpusService.Outcome first = service.importFrom(dir);
        assertEquals(List.of(), first.problems());
        before = first.hash();
        List<Item> itemsBefore = CorpusItems.of(new CorpusReader(dir).read().corpus());

        // A stance changes.
        Path doc3 = dir.resolve("documents/doc-000003.yaml");
        String yaml = Files.readString(doc3);
        Matcher stance = Pattern.compile("  - measure: (\\S+)\n    actor: (\\S+)\n    stance: (\\w+)").matcher(yaml);
        assertTrue(stance.find(), yaml);
        changedPosition = "doc-000003." + stance.group(1) + "." + stance.group(2);
        oldStance = stance.group(3);
        newStance = oldStance.equals("opposes") ? "supports" : "opposes";
        Files.writeString(doc3, yaml.substring(0, stance.start(3)) + newStance + yaml.substring(stance.end(3)));
        // A signature goes: the last one of another document.
        Path doc5 = dir.resolve("documents/doc-000005.yaml");
        String five = Files.readString(doc5);
        int last = five.lastIndexOf("  - actor: ");
        Matcher signer = Pattern.compile("  - actor: (\\S+)\n    role: (\\w+)").matcher(five.substring(last));
        assertTrue(signer.find() && signer.group(2).equals("signed"), five.substring(last));
        removedSignature = "doc-000005." + signer.group(1) + ".signed";
        Files.writeString(doc5, five.substring(0, last));
        // A document is added, with its text and its actors.
        for (String file : List.of("documents/" + added + ".yaml", "sources/" + added + ".txt", "sources/" + added + ".yaml",
                String.format("actors/actor-%07d.yaml", 2 * DOCUMENTS), String.format("actors/actor-%07d.yaml", 2 * DOCUMENTS + 1))) {
            Files.copy(spare.resolve(file), dir.resolve(file));
        }
        CorpusService.Outcome second = service.importFrom(dir);
        assertEquals(List.of(), second.problems());
        after = second.hash();
        expected = CorpusDiff.between(itemsBefore, CorpusItems.of(new CorpusReader(dir).read().corpus()));
    }

    @AfterAll
    void cleanUp() throws IOException {
        try {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        } finally {
            delete(dir.getParent());
            delete(spare.getParent());
        }
    }

    @Test
    void theImportRecordsWhatThePureDiffOfTheTwoVersionsFinds() {
        JsonPath changes = json("/api/changes?version=" + after + "&size=100&sort=version");
        assertEquals(expected.size(), changes.getInt("total"));
        List<Map<String, Object>> items = changes.getList("items");
        for (int i = 0; i < expected.size(); i++) {
            Change e = expected.get(i);
            Map<String, Object> got = items.get(i);
            assertEquals(e.kind().code() + " " + e.id() + " " + e.change().code(),
                    got.get("kind") + " " + got.get("id") + " " + got.get("change"), "change " + i);
            assertEquals(e.fields().size(), ((List<?>) got.get("fields")).size(), e.id());
        }
        // Exactly the three edits: the position changed (its stance only), the signature removed, the document added.
        assertTrue(expected.stream().anyMatch(c -> c.id().equals(changedPosition) && c.change() == ChangeKind.CHANGED
                && c.fields().equals(List.of(new Change.FieldChange("stance", oldStance, newStance)))), expected.toString());
        assertTrue(expected.stream().anyMatch(c -> c.id().equals(removedSignature) && c.change() == ChangeKind.REMOVED));
        assertTrue(expected.stream().anyMatch(c -> c.id().equals(added) && c.kind() == ItemKind.DOCUMENT
                && c.change() == ChangeKind.ADDED));
        assertTrue(expected.stream().allMatch(c -> c.id().equals(changedPosition) || c.id().equals(removedSignature)
                || c.owner().equals(added) || c.kind() == ItemKind.ACTOR && c.change() == ChangeKind.ADDED), expected.toString());
        assertEquals(1, expected.stream().filter(c -> c.change() == ChangeKind.CHANGED).count(), expected.toString());
    }

    @Test
    void theChangeListSinceAVersionAndItsFilters() {
        JsonPath since = json("/api/changes?since=" + before.substring(0, 12) + "&size=100");
        assertEquals(expected.size(), since.getInt("total"));
        JsonPath position = json("/api/changes?since=" + before + "&kind=position&change=changed");
        assertEquals(1, position.getInt("total"));
        assertEquals(changedPosition, position.getString("items[0].id"));
        assertEquals("stance", position.getString("items[0].fields[0].field"));
        assertEquals(oldStance, position.getString("items[0].fields[0].before"));
        assertEquals(newStance, position.getString("items[0].fields[0].after"));
        assertEquals(after, position.getString("items[0].version"));
        assertTrue(position.getString("items[0].html").contains("?position=" + changedPosition), position.prettify());
        JsonPath removed = json("/api/changes?since=" + before + "&change=removed");
        assertEquals(List.of(removedSignature), removed.getList("items.id"));
        assertEquals(null, removed.getString("items[0].html"), "a removed item has no page");
        assertEquals("signed", removed.getString("items.find { it.id == '" + removedSignature + "' }.fields.find { it.field == 'role' }.before"));
        // Nothing changed after the newest version.
        assertEquals(0, json("/api/changes?since=" + after).getInt("total"));
        JsonPath all = json("/api/versions?size=100&sort=-version");
        assertEquals(null, all.getString("items[0].previous"), "the suite's first import has nothing before it");
        assertEquals(0, all.getInt("items[0].added") + all.getInt("items[0].changed") + all.getInt("items[0].removed"),
                "and counts no change, as it lists none");
        JsonPath versions = json("/api/versions");
        assertEquals(after, versions.getString("items[0].version"));
        assertEquals(before, versions.getString("items[0].previous"));
        assertEquals(expected.stream().filter(c -> c.change() == ChangeKind.ADDED).count(), versions.getLong("items[0].added"));
        assertEquals(1, versions.getInt("items[0].changed"));
        assertEquals(1, versions.getInt("items[0].removed"));
        given().when().get("/api/changes.csv?since=" + before).then().statusCode(200)
                .body(containsString(changedPosition)).body(containsString("kind,id,change"));
    }

    @Test
    void listsTakeChangedSince() {
        JsonPath positions = json("/api/positions?changed-since=" + before + "&size=100");
        long addedOrChanged = expected.stream().filter(c -> c.kind() == ItemKind.POSITION && c.change() != ChangeKind.REMOVED).count();
        assertEquals(addedOrChanged, positions.getLong("total"));
        assertTrue(positions.getList("items.id").contains(changedPosition));
        JsonPath documents = json("/api/documents?changed-since=" + before);
        assertEquals(List.of("doc-000003", "doc-000005", added).stream().sorted().toList(),
                documents.getList("items.slug", String.class).stream().sorted().toList(), "documents whose files changed");
        JsonPath measures = json("/api/measures?changed-since=" + before + "&size=100");
        assertTrue(measures.getList("items.slug", String.class).stream().allMatch(s -> s.startsWith(added)), measures.prettify());
        assertFalse(measures.getList("items").isEmpty());
        String actor = changedPosition.substring(changedPosition.lastIndexOf('.') + 1);
        assertTrue(json("/api/actors?changed-since=" + before + "&size=100").getList("items.slug").contains(actor));
        assertEquals(0, json("/api/signatures?changed-since=" + after).getInt("total"));
        assertEquals(0, json("/api/positions?changed-since=" + after).getInt("total"));
    }

    @Test
    void badVersionsAreNamed() {
        given().when().get("/api/changes?since=zzz").then().statusCode(400).body("parameter", org.hamcrest.Matchers.equalTo("since"));
        given().when().get("/api/positions?changed-since=abc").then().statusCode(400)
                .body("detail", containsString("at least its first 7"));
        given().when().get("/api/documents?changed-since=0000000000000").then().statusCode(400)
                .body("parameter", org.hamcrest.Matchers.equalTo("changed-since")).body("detail", containsString("no corpus version"));
        given().when().get("/api/changes?version=" + "f".repeat(64)).then().statusCode(400);
        given().when().get("/changes/0000000000000").then().statusCode(404);
        given().when().get("/actors/no-such-actor/changes.atom").then().statusCode(404);
        given().when().get("/measure-types/no-such-type/changes.atom").then().statusCode(404);
        given().when().get("/api/changes?kind=widget").then().statusCode(400).body("parameter", org.hamcrest.Matchers.equalTo("kind"));
    }

    @Test
    void theAtomFeedsParseAndSayWhatChanged() throws Exception {
        Feed all = atom("/changes.atom");
        assertEquals("atom_1.0", all.getFeedType());
        assertTrue(all.getId().startsWith("urn:uuid:"));
        assertNotNull(all.getUpdated());
        assertFalse(all.getAuthors().isEmpty());
        Entry newest = all.getEntries().get(0);
        assertTrue(newest.getTitle().contains(after.substring(0, 12)), newest.getTitle());
        assertTrue(newest.getId().startsWith("urn:uuid:"));
        assertNotNull(newest.getUpdated());
        String content = newest.getContents().get(0).getValue();
        assertTrue(content.contains(changedPosition), content);
        String page = ((Link) newest.getAlternateLinks().get(0)).getHref();
        assertEquals("changes/" + after, page, "relative to the feed");
        given().when().get("/" + page).then().statusCode(200).body(containsString(changedPosition));
        assertEquals("changes.atom", ((Link) all.getOtherLinks().stream().filter(l -> "self".equals(((Link) l).getRel()))
                .findFirst().orElseThrow()).getHref());

        String type = json("/api/changes?version=" + after + "&kind=position&change=changed").getString("items[0].measureType");
        Feed ofType = atom("/measure-types/" + type + "/changes.atom");
        assertTrue(ofType.getEntries().get(0).getContents().get(0).getValue().contains(changedPosition));
        assertEquals("../../changes/" + after, ((Link) ofType.getEntries().get(0).getAlternateLinks().get(0)).getHref());
        String actor = changedPosition.substring(changedPosition.lastIndexOf('.') + 1);
        Feed ofActor = atom("/actors/" + actor + "/changes.atom");
        assertTrue(ofActor.getEntries().get(0).getContents().get(0).getValue().contains(changedPosition));
        // A scope nothing changed in has no entry for the version.
        java.util.Set<String> named = new java.util.HashSet<>();
        expected.forEach(c -> named.add(c.actor()));
        String untouched = json("/api/actors?size=100").getList("items.slug", String.class).stream().filter(a -> !named.contains(a))
                .findFirst().orElseThrow();
        Feed quiet = atom("/actors/" + untouched + "/changes.atom");
        assertTrue(quiet.getEntries().stream().noneMatch(e -> e.getTitle().contains(after.substring(0, 12))), untouched);
        Feed zh = atom("/zh/changes.atom");
        assertTrue(zh.getTitle().contains("更新记录"), zh.getTitle());
        assertTrue(zh.getEntries().get(0).getContents().get(0).getValue().contains("修改"));
        given().when().get("/actors/" + actor).then().statusCode(200)
                .body(containsString("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/actors/" + actor + "/changes.atom\""));
    }

    @Test
    void theWhatChangedPagesInBothLanguages() {
        String en = given().when().get("/en/changes").then().statusCode(200).extract().asString();
        assertTrue(en.contains(after.substring(0, 12)) && en.contains("What changed"), en);
        String version = given().when().get("/en/changes/" + after).then().statusCode(200).extract().asString();
        assertTrue(version.contains(changedPosition) && version.contains("<del>") && version.contains("removed"), version);
        String zh = given().when().get("/zh/changes/" + after).then().statusCode(200).extract().asString();
        assertTrue(zh.contains("立场") && zh.contains("修改") && zh.contains("删除") && zh.contains("新增"), zh);
        assertTrue(zh.contains(removedSignature));
    }

    private static JsonPath json(String path) {
        return given().accept("application/json").when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static Feed atom(String path) throws Exception {
        String xml = given().when().get(path).then().statusCode(200).contentType(containsString("application/atom+xml"))
                .extract().asString();
        WireFeedInput input = new WireFeedInput(true, java.util.Locale.ROOT);
        return (Feed) input.build(new InputSource(new StringReader(xml)));
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
