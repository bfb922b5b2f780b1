package com.outsidein.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Polls a condition on the FX thread until it holds. A condition that walks the scene graph from
 * the test thread races the FX thread changing it, and fails now and then with an index out of
 * bounds deep inside a lookup.
 */
public final class FxWait {

  private FxWait() {}

  public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFxThread(condition));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static boolean onFxThread(Callable<Boolean> condition) throws Exception {
    return WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
  }
}
