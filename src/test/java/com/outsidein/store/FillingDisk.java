package com.outsidein.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system over the real disk that has only so many bytes of room left: a write that would
 * grow a file past it fails as a full disk does ("No space left on device").
 */
public final class FillingDisk extends FilePathWrapper {

  private static final String SCHEME = "fillingDisk";
  private static final AtomicLong ROOM = new AtomicLong(Long.MAX_VALUE);

  static {
    FilePath.register(new FillingDisk());
  }

  /** The disk, with {@code bytes} of room left for files to grow into. */
  public static Disk withRoom(long bytes) {
    ROOM.set(bytes);
    return new Disk(SCHEME + ":");
  }

  /** Creates a new workspace on this disk, which has {@code bytes} of room left. */
  public static Workspace createWorkspace(Path named, long bytes) {
    return Workspace.create(withRoom(bytes), named, null);
  }

  /** Gives the disk unlimited room again. */
  public static void empty() {
    ROOM.set(Long.MAX_VALUE);
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new Channel(getBase().open(mode));
  }

  private static final class Channel extends FileBase {

    private final FileChannel base;

    Channel(FileChannel base) {
      this.base = base;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      take(base.position() + src.remaining());
      return base.write(src);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      take(position + src.remaining());
      return base.write(src, position);
    }

    private void take(long end) throws IOException {
      long growth = end - base.size();
      if (growth > 0 && ROOM.addAndGet(-growth) < 0) {
        ROOM.addAndGet(growth);
        throw new IOException("No space left on device");
      }
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
