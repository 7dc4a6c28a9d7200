package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The paging arguments of every connection: sizes from 0 to 100, 20 by default, and which way a page runs. */
class PageRequestTest {

    @Test
    void withoutArgumentsAPageHoldsTwentyAndRunsForwards() {
        assertEquals(new PageRequest(20, false, null, null), PageRequest.of(null, null, null, null));
    }

    @Test
    void zeroAndOneHundredAreTheBounds() {
        assertEquals(0, PageRequest.of(0, null, null, null).size());
        assertEquals(100, PageRequest.of(100, null, null, null).size());
        assertEquals(0, PageRequest.of(null, null, 0, null).size());
        assertEquals(100, PageRequest.of(null, null, 100, null).size());
    }

    @Test
    void sizesOutsideTheBoundsAreRefusedNamingTheArgument() {
        assertEquals("'first' must be between 0 and 100, got 101.",
                assertThrows(BadInputException.class, () -> PageRequest.of(101, null, null, null)).getMessage());
        assertEquals("'first' must be between 0 and 100, got -1.",
                assertThrows(BadInputException.class, () -> PageRequest.of(-1, null, null, null)).getMessage());
        assertEquals("'last' must be between 0 and 100, got 101.",
                assertThrows(BadInputException.class, () -> PageRequest.of(null, null, 101, null)).getMessage());
        assertEquals("'last' must be between 0 and 100, got -5.",
                assertThrows(BadInputException.class, () -> PageRequest.of(null, null, -5, "b")).getMessage());
    }

    @Test
    void firstAndLastTogetherAreRefused() {
        assertEquals("Pass either first or last, not both.",
                assertThrows(BadInputException.class, () -> PageRequest.of(10, null, 10, null)).getMessage());
    }

    @Test
    void lastOrABeforeCursorAloneRunsBackwards() {
        assertTrue(PageRequest.of(null, null, 5, null).backward());
        assertEquals(new PageRequest(20, true, null, "b"), PageRequest.of(null, null, null, "b"));
        assertTrue(PageRequest.of(null, "a", 5, "b").backward());
    }

    @Test
    void firstOrAnAfterCursorRunsForwardsEvenWithABeforeCursor() {
        assertEquals(new PageRequest(7, false, "a", null), PageRequest.of(7, "a", null, null));
        assertFalse(PageRequest.of(null, "a", null, "b").backward(), "both cursors bound a forward page");
        assertFalse(PageRequest.of(3, null, null, "b").backward());
    }
}
