import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The least a JavaFX app can show: a menu bar, a list and a table with a few rows. measure.sh starts
 * it beside OutsideIn to compare their starts. Its one argument names a file into which it writes
 * the time (epoch milliseconds) once its window has shown two frames. Like OutsideIn it starts from
 * the class path, through a main class that is not the Application.
 */
public final class BareApp {

  private BareApp() {}

  public static void main(String[] args) {
    Application.launch(Window.class, args);
  }

  /** The window. */
  public static final class Window extends Application {

  @Override
  public void start(Stage stage) {
    TableView<String> table = new TableView<>(FXCollections.observableArrayList("one", "two"));
    TableColumn<String, String> column = new TableColumn<>("Name");
    column.setCellValueFactory(row -> new javafx.beans.property.SimpleStringProperty(row.getValue()));
    table.getColumns().add(column);
    ListView<String> list = new ListView<>(FXCollections.observableArrayList("Studies", "People"));
    BorderPane root = new BorderPane(table);
    root.setTop(new MenuBar(new Menu("File"), new Menu("Edit")));
    root.setLeft(list);
    stage.setTitle("Bare");
    stage.setScene(new Scene(root, 1000, 700));
    stage.show();
    Path marker = Path.of(getParameters().getRaw().get(0));
    new AnimationTimer() {
      private int frames;

      @Override
      public void handle(long now) {
        if (++frames == 2) {
          stop();
          try {
            Files.writeString(marker, Long.toString(System.currentTimeMillis()));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
    }.start();
  }
  }
}
